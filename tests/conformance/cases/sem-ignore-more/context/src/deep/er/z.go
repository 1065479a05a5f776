src/deep/er/z.go
