# clouds.yaml import, cloud service (accounts + secrets -> providers) and the live inventory across clouds.
target_sources(core PRIVATE
)
