
namespace MotCua.Data.Tests;

public sealed class DatabaseSettingsTests
{
    private static readonly string Folder = Path.Combine(Path.GetTempPath(), "motcua-settings-tests");

    [Theory]
    [InlineData(null)]
    [InlineData("sqlite")]
    [InlineData("SQLite")]
    public void From_SqliteWithoutConnection_UsesTheDataFolder(string? provider)
    {
        var settings = DatabaseSettings.From(provider, null, Folder);
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains(Path.Combine(Folder, "motcua.db"), settings.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void From_UnknownProvider_IsOneReadableMessage()
    {
        var ex = Assert.Throws<StartupException>(() => DatabaseSettings.From("oracle", null, Folder));
        Assert.Contains("\"oracle\"", ex.Message, StringComparison.Ordinal);
        Assert.Contains("sqlite", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_PostgresWithoutConnection_IsAStartupError() =>
        Assert.Throws<StartupException>(() => DatabaseSettings.From("postgres", "", Folder));

    [Fact]
    public void From_PostgresWithMalformedConnection_IsAStartupError() =>
        Assert.Throws<StartupException>(() => DatabaseSettings.From("postgres", "Host=x;Bogus Key=1", Folder));

    [Fact]
    public void From_UnwritableDataFolder_IsAStartupError()
    {
        var ex = Assert.Throws<StartupException>(() => DatabaseSettings.From("sqlite", null, "/proc/motcua-cannot-write"));
        Assert.Contains("/proc/motcua-cannot-write", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_Postgres_HidesThePassword()
    {
        var settings = DatabaseSettings.From("postgres", "Host=db;Port=5432;Database=motcua;Username=u;Password=secret", Folder);
        Assert.DoesNotContain("secret", settings.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void From_Postgres_PreparesStatementsAutomatically_UnlessTheOperatorSaysOtherwise()
    {
        var defaulted = new Npgsql.NpgsqlConnectionStringBuilder(
            DatabaseSettings.From("postgres", "Host=db;Database=motcua;Username=u;Password='a;b=c'", Folder).ConnectionString);
        Assert.Equal(DatabaseSettings.DefaultMaxAutoPrepare, defaulted.MaxAutoPrepare);
        Assert.Equal("a;b=c", defaulted.Password);

        foreach (var given in new[] { "Max Auto Prepare=0", "maxautoprepare=0", "MAX AUTO PREPARE = 5" })
        {
            var kept = new Npgsql.NpgsqlConnectionStringBuilder(
                DatabaseSettings.From("postgres", $"Host=db;Database=motcua;Username=u;{given}", Folder).ConnectionString);
            Assert.Equal(given.EndsWith('5') ? 5 : 0, kept.MaxAutoPrepare);
        }
    }
}
