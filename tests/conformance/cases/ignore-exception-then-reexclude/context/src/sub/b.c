src/sub/b.c
