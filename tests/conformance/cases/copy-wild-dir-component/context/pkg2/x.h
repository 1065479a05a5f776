pkg2/x.h
