-- A build in minidsl (examples/dsl/minidsl): the multi-stage example again.
stage "builder" {
  from = "busybox:local",
  workdir = "/src",
  env = { GREETING = "hello from a Lua DSL" },
  copy "hello.sh",
  run "sh hello.sh > /out.txt",
}

stage "final" {
  from = "scratch",
  copy { from = "builder", "/out.txt", "/bin/busybox", to = "/" },
  cmd { "/busybox", "cat", "/out.txt" },
}
