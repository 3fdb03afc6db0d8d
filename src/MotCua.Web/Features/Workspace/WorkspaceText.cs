namespace MotCua.Web.Features.Workspace;

/// <summary>UI strings of the officer workspace: WorkspaceText.resx (Vietnamese) and WorkspaceText.en.resx.</summary>
public sealed class WorkspaceText;
