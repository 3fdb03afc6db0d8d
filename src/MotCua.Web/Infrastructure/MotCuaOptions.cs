namespace MotCua.Web.Infrastructure;

/// <summary>Settings under <c>MotCua:</c> in configuration (appsettings.json, environment variables
/// <c>MotCua__Province__Code</c> …). Secrets (connection strings with passwords, SMTP credentials) come
/// from the environment or user secrets, never from committed files.</summary>
public sealed class MotCuaOptions
{
    public const string Section = "MotCua";

    /// <summary>Folder for the SQLite database and local files. Default: the repository's <c>data/</c>
    /// folder when running from a checkout, otherwise <c>data/</c> under the content root.</summary>
    public string? DataFolder { get; set; }

    public ProvinceOptions Province { get; set; } = new();

    public DemoOptions Demo { get; set; } = new();
}

public sealed class ProvinceOptions
{
    /// <summary>GSO code of the province this deployment serves (2025 list).</summary>
    public string Code { get; set; } = "92";
}

public sealed class DemoOptions
{
    /// <summary>Seed the demo province's agencies, staff and citizens on first start.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How many demo dossiers (over the past year) the first start generates; 0 for none.</summary>
    public int Dossiers { get; set; } = 3_000;

    /// <summary>Password of the demo accounts. When empty, one is generated on first start and kept in
    /// <c>demo-accounts.txt</c> in the data folder (not committed).</summary>
    public string? Password { get; set; }
}
