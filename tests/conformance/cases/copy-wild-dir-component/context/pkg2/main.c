pkg2/main.c
