pkg1/main.c
