using System.Net;
using System.Text.RegularExpressions;

namespace MotCua.Web.Tests.Features.Procedures;

/// <summary>Reads the fields a browser would post from the first form with method="post" in a page: text,
/// number, date and hidden inputs, checked checkboxes, the selected option of each select, textareas.</summary>
internal static partial class HtmlForm
{
    public static List<KeyValuePair<string, string>> Fields(string html)
    {
        var start = html.IndexOf("<form method=\"post\">", StringComparison.Ordinal);
        var form = html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            var name = Attribute(tag, "name");
            if (name is null)
            {
                continue;
            }

            var type = Attribute(tag, "type") ?? "text";
            if (type == "checkbox" && !tag.Contains(" checked", StringComparison.Ordinal))
            {
                continue;
            }

            fields.Add(new(name, Attribute(tag, "value") ?? (type == "checkbox" ? "on" : string.Empty)));
        }

        foreach (Match select in Select().Matches(form))
        {
            var options = Option().Matches(select.Groups["body"].Value);
            var chosen = options.FirstOrDefault(o => o.Value.Contains(" selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            fields.Add(new(Attribute(select.Groups["open"].Value, "name")!, chosen is null ? string.Empty : Attribute(chosen.Value, "value") ?? string.Empty));
        }

        foreach (Match area in TextArea().Matches(form))
        {
            fields.Add(new(Attribute(area.Groups["open"].Value, "name")!, WebUtility.HtmlDecode(area.Groups["body"].Value)));
        }

        return fields;
    }

    /// <summary>Sets (replaces) one field.</summary>
    public static void Set(List<KeyValuePair<string, string>> fields, string name, string value)
    {
        fields.RemoveAll(f => f.Key == name);
        fields.Add(new(name, value));
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex("(?<open><select[^>]*>)(?<body>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option[^>]*>")]
    private static partial Regex Option();

    [GeneratedRegex("(?<open><textarea[^>]*>)(?<body>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();
}
