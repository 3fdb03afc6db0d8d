using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MotCua.Data;

/// <summary>
/// Something built once per EF model — an EF compiled query (<c>EF.CompileAsyncQuery</c>) is bound to the model it
/// was first run with, and a process may hold several models (the web app has one; a test run has one per database
/// provider). Used for the hot read paths: the workspace queues, the public lookup, a dossier's events (ADR 0074).
/// </summary>
public sealed class PerModel<T>(Func<T> create)
    where T : class
{
    private readonly ConditionalWeakTable<IModel, T> _byModel = new();

    /// <summary>The value for <paramref name="db"/>'s model, built on first use.</summary>
    public T For(DbContext db) => _byModel.GetValue(db.Model, _ => create());
}
