src/a.c
