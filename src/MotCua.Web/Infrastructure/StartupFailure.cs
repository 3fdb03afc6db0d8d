using MotCua.Data;

namespace MotCua.Web.Infrastructure;

/// <summary>Finds the <see cref="StartupException"/> behind a host start failure, however wrapped.</summary>
public static class StartupFailure
{
    public static StartupException? Find(Exception? ex)
    {
        for (var current = ex; current is not null; current = current.InnerException)
        {
            if (current is StartupException startup)
            {
                return startup;
            }

            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(Find).FirstOrDefault(s => s is not null);
            }
        }

        return null;
    }
}
