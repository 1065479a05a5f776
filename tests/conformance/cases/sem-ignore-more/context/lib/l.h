lib/l.h
