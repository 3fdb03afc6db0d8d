using BenchmarkDotNet.Running;

namespace MotCua.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter '*WorkingCalendar*'</c>.</summary>
public static class BenchmarkEntry
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntry).Assembly).Run(args);
}
