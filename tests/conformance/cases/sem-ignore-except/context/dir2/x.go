dir2/x.go
