"""Detectors, one a module; the registry in annotations.registry lists the ones that run."""
