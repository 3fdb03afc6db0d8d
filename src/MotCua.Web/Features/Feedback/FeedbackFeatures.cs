using MotCua.Web.Features.Feedback.Follow;
using MotCua.Web.Features.Feedback.Manage;
using MotCua.Web.Features.Feedback.Notifications;
using MotCua.Web.Features.Feedback.Queries;
using MotCua.Web.Features.Feedback.Send;
using MotCua.Web.Features.Feedback.Warnings;

namespace MotCua.Web.Features.Feedback;

public static class FeedbackFeatures
{
    public static IServiceCollection AddFeedbackFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<FeedbackOptions>(configuration.GetSection(FeedbackOptions.Section));
        services.AddScoped<FeedbackAccess>();
        services.AddScoped<FeedbackStore>();
        services.AddScoped<FeedbackNotifications>();
        services.AddScoped<SubmitFeedback>();
        services.AddScoped<FeedbackActions>();
        services.AddScoped<SenderActions>();
        services.AddScoped<FeedbackQueries>();
        services.AddScoped<FeedbackWarnings>();
        services.AddSingleton<FollowGrants>();
        return services;
    }
}
