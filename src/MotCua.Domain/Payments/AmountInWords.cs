namespace MotCua.Domain.Payments;

/// <summary>
/// Amounts of money in Vietnamese words, as receipts print them ("Số tiền bằng chữ: Tám nghìn đồng"): groups of
/// three digits read with trăm, mươi, linh; "mốt", "tư", "lăm" after a tens digit; inner groups read in full
/// ("một triệu không trăm năm mươi nghìn"); nghìn, triệu, tỷ, and tỷ repeated above that ("một nghìn tỷ").
/// </summary>
public static class AmountInWords
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    /// <summary>"Tám nghìn đồng" (capitalised, with the currency).</summary>
    public static string Dong(long amount)
    {
        var words = Words(amount);
        return string.Concat(words[..1].ToUpper(VietnamTime.Culture), words[1..], " đồng");
    }

    /// <summary>"tám nghìn" (lower case, no currency). Negative amounts are read with "âm".</summary>
    public static string Words(long amount)
    {
        if (amount == 0)
        {
            return Digits[0];
        }

        if (amount < 0)
        {
            return "âm " + Words(amount == long.MinValue ? long.MaxValue : -amount);
        }

        return Read(amount, leading: true);
    }

    private static string Read(long n, bool leading)
    {
        const long Billion = 1_000_000_000;
        if (n < Billion)
        {
            return BelowBillion(n, leading);
        }

        var high = Read(n / Billion, leading) + " tỷ";
        var low = n % Billion;
        return low == 0 ? high : $"{high} {BelowBillion(low, leading: false)}";
    }

    private static string BelowBillion(long n, bool leading)
    {
        var parts = new List<string>();
        var first = leading;
        var millions = (int)(n / 1_000_000);
        var thousands = (int)(n / 1_000 % 1_000);
        var units = (int)(n % 1_000);
        if (millions > 0)
        {
            parts.Add(Group(millions, first) + " triệu");
            first = false;
        }

        if (thousands > 0)
        {
            parts.Add(Group(thousands, first) + " nghìn");
            first = false;
        }

        if (units > 0)
        {
            parts.Add(Group(units, first));
        }

        return string.Join(' ', parts);
    }

    /// <summary>Three digits; a leading group drops "không trăm" and "linh" ("tám", not "không trăm linh tám").</summary>
    private static string Group(int n, bool leading)
    {
        int hundreds = n / 100, tens = n / 10 % 10, ones = n % 10;
        var parts = new List<string>();
        if (!leading || hundreds > 0)
        {
            parts.Add(Digits[hundreds] + " trăm");
        }

        if (tens == 0)
        {
            if (ones > 0 && parts.Count > 0)
            {
                parts.Add("linh");
            }
        }
        else
        {
            parts.Add(tens == 1 ? "mười" : Digits[tens] + " mươi");
        }

        if (ones > 0)
        {
            parts.Add(ones switch
            {
                1 when tens > 1 => "mốt",
                4 when tens > 1 => "tư",
                5 when tens > 0 => "lăm",
                _ => Digits[ones],
            });
        }

        return string.Join(' ', parts);
    }
}
