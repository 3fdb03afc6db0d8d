using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace MotCua.Domain.EventLog;

/// <summary>
/// Serialises one stream kind's events to and from the log's JSON, by type name. Every stream (dossiers, reform tasks,
/// feedback) uses the same JSON shape — camelCase, enums as camelCase strings, NodaTime types in ISO form, Vietnamese
/// text unescaped — so that one reader can audit any event; the stream only says which event types it knows.
/// </summary>
/// <typeparam name="TEvent">The stream's event interface.</typeparam>
public sealed class EventCodec<TEvent>
    where TEvent : class
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private readonly Dictionary<string, Type> _types;
    private readonly string _stream;

    /// <param name="stream">The stream's name in error messages ("dossier", "feedback", …).</param>
    /// <param name="types">Every event type of the stream; each is stored under its CLR name.</param>
    public EventCodec(string stream, params Type[] types)
    {
        _stream = stream;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public string TypeName(TEvent e) => e.GetType().Name;

    public string Serialize(TEvent e) => JsonSerializer.Serialize(e, e.GetType(), Options);

    public TEvent Deserialize(string type, string data) =>
        _types.TryGetValue(type, out var clr)
            ? (TEvent)(JsonSerializer.Deserialize(data, clr, Options) ?? throw new JsonException($"Empty data for {type}"))
            : throw new JsonException($"Unknown {_stream} event type \"{type}\"");

    /// <summary>An envelope for a new event of this stream.</summary>
    public NewEvent ToNew(TEvent e, Instant at, string? actorId, string? actorName, string? unitCode, string? reason, bool imported = false) =>
        new(TypeName(e), at, Serialize(e), actorId, actorName, unitCode, reason, imported);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            WriteIndented = false,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        return options;
    }
}
