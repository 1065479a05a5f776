# stands for the bats-core library files
bats_version=1.8.2
