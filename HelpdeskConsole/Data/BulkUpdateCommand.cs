using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HelpdeskConsole.Data;

/// <summary>
/// A prepared <c>UPDATE … SET … WHERE …</c> for one entity type, reused row after row: the set-based work of a sweep
/// without the change tracker's per-entity cost. Values are set in order: the SET values, then the WHERE values.
/// </summary>
internal sealed class BulkUpdateCommand : PreparedRowCommand
{
    private BulkUpdateCommand(DbContext db, DbConnection connection, IEntityType entityType, string[] set, string[] where)
        : base(db, connection, entityType, [.. set, .. where], (_, table, columns, placeholders) =>
        {
            var clauses = columns.Zip(placeholders, (column, placeholder) => $"{column} = {placeholder}").ToArray();
            return $"UPDATE {table} SET {string.Join(", ", clauses[..set.Length])} WHERE {string.Join(" AND ", clauses[set.Length..])}";
        })
    {
    }

    /// <param name="set">The properties the statement writes.</param>
    /// <param name="where">The properties it matches on, all by equality (the key, and a concurrency token).</param>
    public static BulkUpdateCommand Create<TEntity>(DbContext db, DbConnection connection, string[] set, string[] where) =>
        new(db, connection, EntityType<TEntity>(db), set, where);
}
