from observer_app.core.follows import BODY, SESSION, Follow
from observer_app.services.context import open_profile


def test_follows_and_shown_reminders_persist_across_reopen(app_dirs):
    profile = open_profile(app_dirs)
    repo = profile.follows
    repo.set_followed("c1", Follow(BODY, "com5"), True)
    repo.set_followed("c1", Follow(SESSION, "s1"), True)
    repo.set_followed("c1", Follow(SESSION, "s1"), True)  # twice: still one
    repo.set_followed("c2", Follow(BODY, "pl"), True)
    repo.set_followed("c1", Follow(BODY, "com5"), False)
    repo.mark_reminder_shown("c1", "s1@2026-12-02T09:00:00+00:00")
    profile.close()

    again = open_profile(app_dirs)
    assert again.follows.follows("c1") == {Follow(SESSION, "s1")}
    assert again.follows.follows("c2") == {Follow(BODY, "pl")}
    assert again.follows.reminders_shown("c1") == {"s1@2026-12-02T09:00:00+00:00"}
    assert again.follows.reminders_shown("c2") == set()
    again.close()
