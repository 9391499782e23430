"""Imported by the multiprocessing forkserver before it forks pool workers (``PoolRunner``): the pipeline is warmed
once there, and every worker starts warm, sharing those pages copy-on-write."""

from review.campaign.runner import warm_pipeline

warm_pipeline()
