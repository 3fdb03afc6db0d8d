using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RatedAt",
                table: "Dossiers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rating",
                table: "Dossiers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Subject = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TextKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DossierId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DossierCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ProcedureName = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Routing = table.Column<int>(type: "INTEGER", nullable: false),
                    Routed = table.Column<bool>(type: "INTEGER", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OriginalDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RefuseBy = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AskBy = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PausedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AskedForInformation = table.Column<bool>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AnswerCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Late = table.Column<bool>(type: "INTEGER", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: true),
                    RatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EverUnsatisfied = table.Column<bool>(type: "INTEGER", nullable: false),
                    Reopened = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReopenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Published = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublicTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PublicQuestion = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    PublicAnswer = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    PublicKey = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WarnedFor = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastWarning = table.Column<int>(type: "INTEGER", nullable: true),
                    LastSequence = table.Column<int>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackSenders",
                columns: table => new
                {
                    FeedbackId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackSenders", x => x.FeedbackId);
                    table.ForeignKey(
                        name: "FK_FeedbackSenders_Feedback_FeedbackId",
                        column: x => x.FeedbackId,
                        principalTable: "Feedback",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CompetentUnitCode_RatedAt",
                table: "Dossiers",
                columns: new[] { "CompetentUnitCode", "RatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_Code",
                table: "Feedback",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_DossierId",
                table: "Feedback",
                column: "DossierId");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_Published_PublishedAt",
                table: "Feedback",
                columns: new[] { "Published", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_State_DueAt",
                table: "Feedback",
                columns: new[] { "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_SubmittedAt",
                table: "Feedback",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Feedback_UnitCode_State",
                table: "Feedback",
                columns: new[] { "UnitCode", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackSenders_UserId",
                table: "FeedbackSenders",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FeedbackSenders");

            migrationBuilder.DropTable(
                name: "Feedback");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CompetentUnitCode_RatedAt",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "RatedAt",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "Rating",
                table: "Dossiers");
        }
    }
}
