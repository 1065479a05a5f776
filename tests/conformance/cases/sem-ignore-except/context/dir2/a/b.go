dir2/a/b.go
