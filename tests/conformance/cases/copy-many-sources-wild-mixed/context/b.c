b.c
