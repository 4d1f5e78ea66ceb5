# Two commands for a newcomer: `make run` and `make test`. Both install what is missing first
# (system packages with apt when possible, then .venv); see packaging/bootstrap.sh.
.PHONY: run test doctor bench clean

VENV := .venv
ARGS ?=

run:
	@bash packaging/bootstrap.sh run
	@$(VENV)/bin/observer-app $(ARGS)

test:
	@bash packaging/bootstrap.sh test
	@bash tests/run.sh $(ARGS)

doctor:
	@bash packaging/bootstrap.sh run
	@$(VENV)/bin/observer-app doctor

bench:
	@bash packaging/bootstrap.sh test
	@$(VENV)/bin/python benchmarks/startup.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
