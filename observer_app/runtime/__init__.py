"""What the process needs before and around any layer: the directories (``paths``), logging
(``log``), crash reports scrubbed of secrets (``crash``), the keyring (``secrets``), the garbage
collector's freeze (``heap``) and PySide6 workarounds (``qtfix``).

No Qt here except in ``qtfix``, which only ``__main__`` and the UI call; ``core`` may read
``paths`` (shipped resources) and nothing else from this package.
"""
