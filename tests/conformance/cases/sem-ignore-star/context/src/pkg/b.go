src/pkg/b.go
