using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MotCua.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Reform : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Directives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NumberKey = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Issuer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "text", maxLength: 400, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FileKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FileSha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    FileSize = table.Column<long>(type: "bigint", nullable: true),
                    TaskCount = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    RecordedByUnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Directives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReformTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DirectiveId = table.Column<Guid>(type: "uuid", nullable: true),
                    DirectiveNumber = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    TextKey = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    LeadName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LeadUnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LeadKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    DeadlineKind = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecurrencePeriod = table.Column<int>(type: "integer", nullable: true),
                    RecurrenceDay = table.Column<int>(type: "integer", nullable: true),
                    RecurrenceMonth = table.Column<int>(type: "integer", nullable: true),
                    TargetFamily = table.Column<int>(type: "integer", nullable: false),
                    TargetCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<int>(type: "integer", nullable: false),
                    PercentBeforeDone = table.Column<int>(type: "integer", nullable: false),
                    LastReport = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    LastReportAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReportedDoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AssignedBy = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RemindedFor = table.Column<DateOnly>(type: "date", nullable: true),
                    ReminderThreshold = table.Column<int>(type: "integer", nullable: true),
                    OverdueNotified = table.Column<bool>(type: "boolean", nullable: false),
                    Escalated = table.Column<bool>(type: "boolean", nullable: false),
                    LastSequence = table.Column<int>(type: "integer", nullable: false),
                    LastHash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReformTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReformTasks_Directives_DirectiveId",
                        column: x => x.DirectiveId,
                        principalTable: "Directives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReformTaskCompletions",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReformTaskCompletions", x => new { x.TaskId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_ReformTaskCompletions_ReformTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "ReformTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReformTaskCoordinators",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    UnitCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReformTaskCoordinators", x => new { x.TaskId, x.Position });
                    table.ForeignKey(
                        name: "FK_ReformTaskCoordinators_ReformTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "ReformTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Directives_IssuedOn",
                table: "Directives",
                column: "IssuedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Directives_NumberKey_IssuedOn",
                table: "Directives",
                columns: new[] { "NumberKey", "IssuedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReformTaskCompletions_DueOn",
                table: "ReformTaskCompletions",
                column: "DueOn");

            migrationBuilder.CreateIndex(
                name: "IX_ReformTaskCoordinators_UnitCode",
                table: "ReformTaskCoordinators",
                column: "UnitCode");

            migrationBuilder.CreateIndex(
                name: "IX_ReformTasks_DirectiveId_Number",
                table: "ReformTasks",
                columns: new[] { "DirectiveId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_ReformTasks_LeadKey_State",
                table: "ReformTasks",
                columns: new[] { "LeadKey", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_ReformTasks_State_DueOn",
                table: "ReformTasks",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReformTasks_TargetFamily_TargetCode",
                table: "ReformTasks",
                columns: new[] { "TargetFamily", "TargetCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReformTaskCompletions");

            migrationBuilder.DropTable(
                name: "ReformTaskCoordinators");

            migrationBuilder.DropTable(
                name: "ReformTasks");

            migrationBuilder.DropTable(
                name: "Directives");
        }
    }
}
