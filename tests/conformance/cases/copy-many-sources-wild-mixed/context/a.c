a.c
