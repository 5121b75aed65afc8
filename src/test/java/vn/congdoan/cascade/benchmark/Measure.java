package vn.congdoan.cascade.benchmark;

/** What the benchmark measures, as its report names it. */
enum Measure {
  START_LOAD("load average (1 min) when the run started", "", 2),
  START_UP("start-up with the generated registry (users, groups, authorizations)", "s", 1),
  FAN_OUT_S("fan-out, application: approval → every unit's first task open", "s", 1),
  FAN_OUT_PROGRESS("fan-out progress: distinct values of `unitsNotStarted` seen while it ran", "", 0),
  FAN_OUT_RSS_MIB("fan-out, application: peak resident memory of the benchmark's JVM", "MiB", 0),
  FAN_OUT_RATE("fan-out, application: units started per second (units ÷ fan-out time)", "/s", 1),
  FAN_OUT_LOAD("fan-out, application: peak load average (1 min) while it ran", "", 2),
  FAN_OUT_CPU_JVM("fan-out, application: CPU time of the benchmark's JVM per unit", "ms", 2),
  FAN_OUT_CPU_PG("fan-out, application: CPU time of PostgreSQL's processes per unit", "ms", 2),
  BARE_STARTS_RUNS("bare engine: runs of the instance starts below (each starts one instance per unit)", "", 0),
  BARE_STARTS_RATE("bare engine: instance starts per second as the application configures the engine (a one-task "
      + "process per unit, history audit, authorization on, `cascade.start-batch-size` starts per transaction, one thread), "
      + "median of the runs", "/s", 1),
  BARE_STARTS_RATE_MIN("bare engine: instance starts per second, slowest run", "/s", 1),
  BARE_STARTS_RATE_MAX("bare engine: instance starts per second, fastest run", "/s", 1),
  BARE_STARTS_CPU_JVM("bare engine: CPU time of the benchmark's JVM per instance started, median of the runs", "ms", 2),
  BARE_STARTS_CPU_PG("bare engine: CPU time of PostgreSQL's processes per instance started, median of the runs", "ms", 2),
  BARE_STARTS_LOAD("bare engine: peak load average (1 min) while the instances started", "", 2),
  BARE_FAN_OUT_S("fan-out, bare engine: one multi-instance start, one transaction", "s", 1),
  BARE_FAN_OUT_RSS_MIB("fan-out, bare engine: peak resident memory of the benchmark's JVM", "MiB", 0),
  APP_COMPLETIONS_1("completions/s, application, 1 client (sub-plan form, REST)", "/s", 1),
  APP_REFUSED_1("refused or lost completions, application, 1 client", "", 0),
  APP_COMPLETION_CPU_JVM("completions, application, 1 client: CPU time of the benchmark's JVM (server and client) per completion", "ms", 1),
  APP_COMPLETION_CPU_PG("completions, application, 1 client: CPU time of PostgreSQL's processes per completion", "ms", 1),
  BARE_COMPLETIONS_1("completions/s, bare engine, 1 client (REST)", "/s", 1),
  BARE_COLLISIONS_1("collisions retried, bare engine, 1 client", "", 0),
  BARE_LOST_1("completions lost after 20 retries, bare engine, 1 client", "", 0),
  APP_COMPLETIONS_4("completions/s, application, 4 clients", "/s", 1),
  APP_COMPLETIONS_8("completions/s, application, 8 clients", "/s", 1),
  APP_REFUSED_8("refused or lost completions, application, 8 clients", "", 0),
  APP_COMPLETIONS_LOAD("completions, application: peak load average (1 min) while 1, 4, then 8 clients ran", "", 2),
  APP_REFUSED_4("refused or lost completions, application, 4 clients", "", 0),
  BARE_COMPLETIONS_4("completions/s, bare engine, 4 clients", "/s", 1),
  BARE_COLLISIONS_4("collisions retried (OptimisticLockingException), bare engine, 4 clients", "", 0),
  BARE_LOST_4("completions lost after 20 retries, bare engine, 4 clients", "", 0),
  REMINDERS_S("reminders: first reminder day reached → every unit's e-mail received", "s", 1),
  REMINDERS_RSS_MIB("reminders: peak resident memory of the benchmark's JVM", "MiB", 0),
  REMINDERS_RATE("reminders sent per second", "/s", 1),
  REMINDERS_FIRST_S("reminders: first reminder day reached → first e-mail received (the job executor's next poll)", "s", 1),
  REMINDERS_SENDING_RATE("reminders sent per second from the first e-mail on", "/s", 1),
  REMINDERS_LOAD("reminders: peak load average (1 min) while they ran", "", 2),
  REMINDERS_CPU_JVM("reminders: CPU time of the benchmark's JVM (application and mail server) per reminder", "ms", 1),
  REMINDERS_CPU_PG("reminders: CPU time of PostgreSQL's processes per reminder", "ms", 1),
  REPORT_FIRST_S("results report compiled, first time", "s", 2),
  REPORT_S("results report compiled, median of 3", "s", 2),
  RESTART_LOAD("restart: load average (1 min) when it began", "", 2),
  RESTART_S("restart in a JVM of its own on the same database, registry file unchanged: start → ready", "s", 1),
  RESTART_REGISTRY_S("restart, registry unchanged: the registry's synchronisation as the application logs it (identity "
      + "and authorization rows checked unchanged)", "s", 1),
  RESTART_RSS_MIB("restart: peak resident memory of the restarted application's JVM until ready", "MiB", 0),
  RESTARTED_FAN_OUT_S("restarted application: fan-out of a second directive to every unit", "s", 1),
  RESTARTED_COMPLETIONS_1("restarted application: completions/s, 1 client", "/s", 1),
  RESTARTED_COMPLETIONS_8("restarted application: completions/s, 8 clients", "/s", 1),
  RESTARTED_PEAK_RSS_MIB("restarted application: peak resident memory of its JVM, through start-up, fan-out and completions",
      "MiB", 0),
  PEAK_RSS_MIB("peak resident memory of the benchmark's JVM (application, clients, mail server; one JVM for all runs)", "MiB", 0),
  PEAK_HEAP_MIB("peak heap used", "MiB", 0),
  PEAK_LOAD("peak load average (1 min) during the run", "", 2);

  final String label;
  final String unit;
  final int decimals;

  Measure(String label, String unit, int decimals) {
    this.label = label;
    this.unit = unit;
    this.decimals = decimals;
  }
}
