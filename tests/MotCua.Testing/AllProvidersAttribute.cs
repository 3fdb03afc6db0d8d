using System.Reflection;
using MotCua.Data;
using Xunit.Sdk;

namespace MotCua.Testing;

/// <summary>
/// Runs a data test once per database provider: <c>[Theory, AllProviders]</c> on a method whose first
/// parameter is a <see cref="DatabaseProvider"/>. Both runs are real databases (a SQLite file and a
/// PostgreSQL database); when PostgreSQL is not reachable the PostgreSQL run fails, it is never skipped.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AllProvidersAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) =>
    [
        [DatabaseProvider.Sqlite],
        [DatabaseProvider.Postgres],
    ];
}
