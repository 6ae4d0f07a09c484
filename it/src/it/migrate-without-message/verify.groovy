def log = new File(basedir, 'build.log').text
assert log.contains('A message is required: -Dtracetrack.message="Describe the change"')
assert new File(basedir, 'src/main/java/com/example/migrations').list() as List == ['M20251025103000_InitialSchema.java']
