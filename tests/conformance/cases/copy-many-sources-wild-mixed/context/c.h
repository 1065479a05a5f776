c.h
