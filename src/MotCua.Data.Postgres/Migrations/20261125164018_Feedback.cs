using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Data.Postgres.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rating",
                table: "Dossiers",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Subject = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Content = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TextKey = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: true),
                    DossierCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ProcedureCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ProcedureName = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Routing = table.Column<int>(type: "integer", nullable: false),
                    Routed = table.Column<bool>(type: "boolean", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OriginalDueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RefuseBy = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AskBy = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PausedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AskedForInformation = table.Column<bool>(type: "boolean", nullable: false),
                    Answer = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    AnswerCount = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EverUnsatisfied = table.Column<bool>(type: "boolean", nullable: false),
                    Reopened = table.Column<bool>(type: "boolean", nullable: false),
                    ReopenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PublicTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PublicQuestion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublicAnswer = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    PublicKey = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    WarnedFor = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastWarning = table.Column<int>(type: "integer", nullable: true),
                    LastSequence = table.Column<int>(type: "integer", nullable: false),
                    LastHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackSenders",
                columns: table => new
                {
                    FeedbackId = table.Column<Guid>(type: "uuid", nullable: false),
                    FullName = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
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
