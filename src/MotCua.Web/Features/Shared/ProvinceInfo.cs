using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using MotCua.Data;
using MotCua.Web.Infrastructure;

namespace MotCua.Web.Features.Shared;

/// <summary>The name of the province this deployment serves, for page headers (cached).</summary>
public sealed class ProvinceInfo(MotCuaDbContext db, IOptions<MotCuaOptions> options, IMemoryCache cache)
{
    public async Task<string> NameAsync()
    {
        var code = options.Value.Province.Code;
        return await cache.GetOrCreateAsync($"province-name:{code}", async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            var name = await db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => u.Name).FirstOrDefaultAsync();
            return name ?? await db.AdministrativeAreas.AsNoTracking().Where(a => a.Code == code).Select(a => a.Name).FirstOrDefaultAsync() ?? code;
        }) ?? code;
    }
}
