namespace MotCua.Web.Features.Procedures;

/// <summary>Marker for the catalog's UI strings: ProceduresText.resx (Vietnamese) and ProceduresText.en.resx.</summary>
public sealed class ProceduresText;
