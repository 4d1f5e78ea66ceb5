# Two commands for a newcomer: `make run` and `make test`. Both install what is missing first
# (system packages with apt when possible, then .venv); see packaging/bootstrap.sh.
.PHONY: run test check mutate doctor bench clean bundle corpus

VENV := .venv
ARGS ?=

run:
	@bash packaging/bootstrap.sh run
	@$(VENV)/bin/observer-app $(ARGS)

test:
	@bash packaging/bootstrap.sh test
	@bash tests/run.sh $(ARGS)

# Lint, format, types and the import contracts (layers, no cycles; configuration in
# pyproject.toml). CI runs this before `make test`.
check:
	@bash packaging/bootstrap.sh test
	@$(VENV)/bin/ruff check .
	@$(VENV)/bin/ruff format --check .
	@$(VENV)/bin/mypy
	@$(VENV)/bin/lint-imports

# Mutation testing of the safety code (mutmut), module by module under nice: prints the share
# of mutants killed per module. Slow (minutes per module), so not in CI. `make mutate
# ARGS="store secrets"` for some modules; docs/testing.md explains survivors and equivalents.
mutate:
	@bash packaging/bootstrap.sh test
	@$(VENV)/bin/python -c 'import mutmut' 2>/dev/null || $(VENV)/bin/python -m pip install -q -e '.[mutate]'
	@nice $(VENV)/bin/python tests/mutation.py $(ARGS)

doctor:
	@bash packaging/bootstrap.sh run
	@$(VENV)/bin/observer-app doctor

# App-level benchmarks, one at a time (the machine may be shared): each prints the app's figure,
# its comparison measured in the same run and its goal with MET or MISSED. Needs cvlc and Xvfb,
# which bootstrap's bench mode installs.
BENCH_PY := nice $(VENV)/bin/python benchmarks
bench:
	@bash packaging/bootstrap.sh bench
	@$(BENCH_PY)/startup.py
	@$(BENCH_PY)/body_switch.py
	@$(BENCH_PY)/window_session.py
	@$(BENCH_PY)/export.py
	@$(BENCH_PY)/preview.py
	@$(BENCH_PY)/documents.py
	@$(BENCH_PY)/viewer.py
	@$(BENCH_PY)/feeds.py
	@$(BENCH_PY)/refresh_stall.py --channels 5000
	@$(BENCH_PY)/refresh_stall.py --channels 50000
	@$(BENCH_PY)/notes.py
	@$(BENCH_PY)/refile.py
	@$(BENCH_PY)/keypress.py
	@$(BENCH_PY)/jobs.py
	@$(BENCH_PY)/transcript_live.py

# Every real file in tests/corpus through the source readers, each kind against an independent
# reader (icalendar + recurring-ical-events, feedparser, ElementTree, json): prints the agreement.
corpus:
	@bash packaging/bootstrap.sh test
	@$(VENV)/bin/python tests/corpus/check.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

# A self-contained one-folder Linux bundle in dist/observer-app/ with its own libVLC and Qt
# (packaging/observer.spec; notes for Windows and macOS in packaging/README.md).
bundle:
	@bash packaging/bootstrap.sh run
	@$(VENV)/bin/python -c 'import PyInstaller' 2>/dev/null || $(VENV)/bin/python -m pip install -q -e '.[bundle]'
	@$(VENV)/bin/python packaging/make_icons.py --check
	@$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/observer.spec
	@echo "bundle: dist/observer-app/observer-app ($$(du -sh dist/observer-app | cut -f1))"
