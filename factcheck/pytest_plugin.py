"""TEMPORARY scaffolding: the pytest plugin is being written within this session."""
