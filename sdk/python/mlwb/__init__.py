"""Logging client of ML Workbench: writes runs, params, tags and metrics into the
project database (.mlwb/project.db) that the workbench shows live.

    import mlwb
    with mlwb.start_run(experiment="mnist", params={"lr": 0.1}) as run:
        for step in range(1000):
            run.log({"loss": loss, "acc": acc}, step=step)

Standard library only."""

from .datasets import use_dataset
from .errors import MlwbError
from .run import Run
from .start import active_run, start_run
from .store import SCHEMA_VERSION

__all__ = ["MlwbError", "Run", "SCHEMA_VERSION", "active_run", "start_run", "use_dataset"]
__version__ = "0.1.0"
