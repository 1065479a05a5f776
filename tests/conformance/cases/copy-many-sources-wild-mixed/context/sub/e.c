sub/e.c
