using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Data.Identity;
using MotCua.Domain.Organization;
using MotCua.Domain.Text;
using MotCua.Web.Features.Units.Import;
using NodaTime;

namespace MotCua.Web.Infrastructure.Seeding;

/// <summary>A demo account: user name, role, unit code (null for citizens), display name, title.</summary>
public sealed record DemoAccount(string UserName, string Role, string? UnitCode, string FullName, string? Title);

/// <summary>
/// Seeds the demo province (Thành phố Cần Thơ by default): the city and its communes from the national
/// list, its agencies from <c>data/demo/units-&lt;code&gt;.json</c> through the same import as
/// <c>motcua import units</c>, one account per role, and then the demo procedure catalog
/// (<see cref="DemoCatalogSeeder"/>). Idempotent: each part is skipped when present.
/// </summary>
public sealed class DemoProvinceSeeder(
    MotCuaDbContext db,
    ImportUnits importUnits,
    DemoCatalogSeeder catalog,
    MotCua.Web.Features.Dossiers.Demo.DemoDossierGenerator dossiers,
    UserManager<UserAccount> users,
    RoleManager<IdentityRole<string>> roles,
    IOptions<MotCuaOptions> options,
    DataFolderPath dataFolder,
    IClock clock,
    ILogger<DemoProvinceSeeder> logger)
{
    /// <summary>The day the two-tier government began; the demo units exist from then.</summary>
    public static readonly LocalDate TwoTierStart = new(2025, 7, 1);

    /// <summary>The demo accounts (the two commune offices are Phường Ninh Kiều and Phường Vị Thanh).</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("quantri", Roles.Administrator, "92", "Lê Văn Quản", "Quản trị hệ thống"),
        new("lanhdao", Roles.ProvinceLeader, "92", "Trần Minh Đức", "Phó Chủ tịch UBND thành phố"),
        new("giamdoc.stp", Roles.UnitLeader, "92.STP", "Phạm Thị Hương", "Giám đốc Sở Tư pháp"),
        new("chuyenvien.stp", Roles.Specialist, "92.STP", "Nguyễn Thanh Tùng", "Chuyên viên"),
        new("motcua.trungtam", Roles.OneStopOfficer, "92.TTPVHCC", "Võ Thị Mai", "Công chức Bộ phận Một cửa"),
        // The Office assigns, accepts and chases reform tasks (docs/DIRECTIVES.md).
        new("vanphong", Roles.UnitLeader, "92.VP", "Ngô Thanh Sơn", "Chánh Văn phòng UBND thành phố"),
        new("chuyenvien.vp", Roles.Specialist, "92.VP", "Lý Thị Kim Chi", "Chuyên viên Phòng Kiểm soát thủ tục hành chính"),
        new("motcua.ninhkieu", Roles.OneStopOfficer, "31135", "Huỳnh Văn Phúc", "Công chức Bộ phận Một cửa"),
        new("chuyenvien.ninhkieu", Roles.Specialist, "31135", "Đặng Thị Thu", "Công chức Tư pháp - Hộ tịch"),
        new("lanhdao.ninhkieu", Roles.UnitLeader, "31135", "Trương Quốc Bảo", "Chủ tịch UBND phường"),
        new("motcua.vithanh", Roles.OneStopOfficer, "31321", "Lâm Thị Ngọc", "Công chức Bộ phận Một cửa"),
        new("congdan1", Roles.Citizen, null, "Nguyễn Văn An", null),
        new("congdan2", Roles.Citizen, null, "Trần Thị Bình", null),
    ];

    private const string DossiersSeedKey = "demo-dossiers:v1";

    private string SeedKey => $"demo-province:{options.Value.Province.Code}:v1";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var password = await DemoPasswordAsync(cancellationToken);
        if (!await db.SeedRecords.AnyAsync(s => s.Key == SeedKey, cancellationToken))
        {
            await SeedProvinceAndCommunesAsync(cancellationToken);
            await SeedAgenciesAsync(cancellationToken);
            db.SeedRecords.Add(new SeedRecord { Key = SeedKey, AppliedAt = clock.GetCurrentInstant() });
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Seeded the demo province {Province}", options.Value.Province.Code);
        }

        // Accounts are checked one by one, so accounts added to the demo later appear in existing databases.
        await SeedAccountsAsync(password, cancellationToken);

        // Its own seed key, so a database seeded before the catalog existed gets it too.
        await catalog.SeedAsync(cancellationToken);

        // A year of dossiers so that every page has data; once, with a fixed seed.
        if (options.Value.Demo.Dossiers > 0 && !await db.SeedRecords.AnyAsync(s => s.Key == DossiersSeedKey, cancellationToken))
        {
            var report = await dossiers.GenerateAsync(options.Value.Demo.Dossiers, seed: 2025, cancellationToken);
            db.SeedRecords.Add(new SeedRecord { Key = DossiersSeedKey, AppliedAt = clock.GetCurrentInstant() });
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation("Generated {Dossiers} demo dossiers ({Events} events) in {Seconds:0.0} s", report.Dossiers, report.Events, report.Elapsed.TotalSeconds);
        }
    }

    /// <summary>The demo password: configured, or generated once and kept in the data folder.</summary>
    public async Task<string> DemoPasswordAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.Demo.Password))
        {
            return options.Value.Demo.Password;
        }

        var file = Path.Combine(dataFolder.Path, "demo-accounts.txt");
        if (File.Exists(file))
        {
            var line = (await File.ReadAllLinesAsync(file, cancellationToken)).FirstOrDefault(l => l.StartsWith("password=", StringComparison.Ordinal));
            if (line is not null)
            {
                return line["password=".Length..];
            }
        }

        var generated = "Demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant() + "-1";
        Directory.CreateDirectory(dataFolder.Path);
        await File.WriteAllTextAsync(file,
            $"# MotCua demo accounts (generated on first start; not committed)\npassword={generated}\n", cancellationToken);
        return generated;
    }

    private async Task SeedProvinceAndCommunesAsync(CancellationToken cancellationToken)
    {
        var code = options.Value.Province.Code;
        var province = await db.AdministrativeAreas.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Set == AreaSet.Since20250701 && a.Code == code && a.Level == AreaLevel.Province, cancellationToken)
            ?? throw new StartupException($"Mã tỉnh MotCua:Province:Code = \"{code}\" không có trong danh mục 34 tỉnh, thành phố. (Unknown province code.)");
        var communes = await db.AdministrativeAreas.AsNoTracking()
            .Where(a => a.Set == AreaSet.Since20250701 && a.ProvinceCode == code && a.Level == AreaLevel.Commune)
            .OrderBy(a => a.Code)
            .ToListAsync(cancellationToken);

        var records = new List<UnitRecord> { new(1, province.Code, province.Name, "province", null) };
        records.AddRange(communes.Select((c, i) => new UnitRecord(i + 2, c.Code, c.Name, "commune", province.Code)));
        var result = await importUnits.ImportAsync(records, TwoTierStart, cancellationToken);
        ThrowOnProblems(result, "danh mục xã, phường");

        var areaCodes = communes.Select(c => c.Code).Append(province.Code).ToList();
        var units = await db.Units.Where(u => areaCodes.Contains(u.Code) && u.AreaCode == null).ToListAsync(cancellationToken);
        foreach (var unit in units)
        {
            unit.AreaCode = unit.Code;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task SeedAgenciesAsync(CancellationToken cancellationToken)
    {
        var file = DataFolder.ReferenceData("demo", $"units-{options.Value.Province.Code}.json");
        if (!File.Exists(file))
        {
            return;
        }

        await using var stream = File.OpenRead(file);
        var result = await importUnits.ImportAsync(stream, TwoTierStart, cancellationToken);
        ThrowOnProblems(result, Path.GetFileName(file));
    }

    private async Task SeedAccountsAsync(string password, CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await Check(roles.CreateAsync(new IdentityRole<string>(role) { Id = role }));
            }
        }

        var unitIds = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        var phone = 0;
        foreach (var account in Accounts)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            int? unitId = account.UnitCode is null ? null
                : unitIds.TryGetValue(account.UnitCode, out var id) ? id : null;
            if (account.UnitCode is not null && unitId is null)
            {
                continue;
            }

            var user = new UserAccount
            {
                UserName = account.UserName,
                FullName = VietnameseText.NormalizeRequired(account.FullName),
                Title = account.Title,
                UnitId = unitId,
                Email = $"{account.UserName}@demo.motcua.local",
                EmailConfirmed = true,
                // Fictitious numbers in the 0900 000 00x range, for demo only.
                PhoneNumber = account.Role == Roles.Citizen ? $"090000000{++phone}" : null,
            };
            await Check(users.CreateAsync(user, password));
            await Check(users.AddToRoleAsync(user, account.Role));
        }
    }

    private static async Task Check(Task<IdentityResult> task)
    {
        var result = await task;
        if (!result.Succeeded)
        {
            throw new StartupException("Không tạo được tài khoản mẫu: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private static void ThrowOnProblems(UnitImportResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new StartupException($"Dữ liệu mẫu {what} không hợp lệ: {string.Join("; ", result.Problems)}");
        }
    }
}
