lib/l.c
