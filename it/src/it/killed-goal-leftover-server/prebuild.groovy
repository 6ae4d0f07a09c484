import io.tracetrack.migrations.it.ItKilledRun

def pid = ItKilledRun.leaveServerBehind(new File(basedir, '.tracetrack/pgdata'))
new File(basedir, 'leftover.pid').text = pid as String
return true
