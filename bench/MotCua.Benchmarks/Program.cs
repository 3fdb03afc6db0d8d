using BenchmarkDotNet.Running;

// Runs the benchmarks chosen on the command line, e.g. --filter '*WorkingCalendar*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Entry point (named for BenchmarkSwitcher).</summary>
public partial class Program;
