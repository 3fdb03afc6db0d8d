namespace MotCua.Web.Features.Dossiers.Demo;

/// <summary>Fictitious applicants for demo dossiers: common Vietnamese family, middle and given names, and
/// numbers in ranges that are not issued (ID numbers starting 099, phones 0900 …).</summary>
internal static class DemoPeople
{
    private static readonly string[] Family = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Thạch", "Sơn", "Lâm"];
    private static readonly string[] MiddleMale = ["Văn", "Minh", "Quốc", "Hữu", "Thanh", "Đức", "Công"];
    private static readonly string[] MiddleFemale = ["Thị", "Ngọc", "Thu", "Kim", "Mỹ", "Thanh", "Bích"];
    private static readonly string[] GivenMale = ["An", "Bảo", "Cường", "Dũng", "Hải", "Hiếu", "Khang", "Long", "Nam", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Trí", "Tuấn", "Vinh"];
    private static readonly string[] GivenFemale = ["Anh", "Bình", "Chi", "Diễm", "Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Ngân", "Nhung", "Oanh", "Phương", "Thảo", "Trang", "Vy", "Yến"];

    public static (string Name, string IdNumber, string Phone) Next(Random random)
    {
        var female = random.Next(2) == 0;
        var name = string.Join(' ',
            Family[random.Next(Family.Length)],
            (female ? MiddleFemale : MiddleMale)[random.Next(MiddleMale.Length)],
            (female ? GivenFemale : GivenMale)[random.Next(GivenMale.Length)]);
        var id = string.Concat("099", random.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var phone = string.Concat("0900", random.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return (name, id, phone);
    }
}
