using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ComplaintOps.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_Category",
                table: "RootCauseActions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions");

            migrationBuilder.RenameColumn(
                name: "Owner",
                table: "RootCauseActions",
                newName: "OwnerName");

            migrationBuilder.RenameColumn(
                name: "Category",
                table: "RootCauseActions",
                newName: "TargetCode");

            migrationBuilder.AddColumn<Guid>(
                name: "AgendaItemId",
                table: "RootCauseActions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CompletedOn",
                table: "RootCauseActions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Department",
                table: "RootCauseActions",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EscalatedAtUtc",
                table: "RootCauseActions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Evidence",
                table: "RootCauseActions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "MeetingId",
                table: "RootCauseActions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerId",
                table: "RootCauseActions",
                type: "character varying(24)",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Progress",
                table: "RootCauseActions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetKind",
                table: "RootCauseActions",
                type: "character varying(12)",
                maxLength: 12,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PartnerCode",
                table: "Complaints",
                type: "character varying(24)",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "Complaints",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComplaintReference = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    OpenedById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OpenedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OpenedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Conclusion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GovernanceEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Field = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    OldValue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    NewValue = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ActorId = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OccurredAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GovernanceEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InstitutionFigures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodKey = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Branches = table.Column<int>(type: "integer", nullable: false),
                    PersonalCustomers = table.Column<long>(type: "bigint", nullable: false),
                    MedianPerThousandBranches = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    MedianPerTenMillionCustomers = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    MediansSource = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    EnteredById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    EnteredByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EnteredAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Channel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Recipient = table.Column<string>(type: "character varying(1136)", maxLength: 1136, nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: true),
                    StaffId = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    CreatedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SentAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ResentAsId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Partners",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Partners", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "ReplyTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Verification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Basis = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Retired = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ChangedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ChangedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplyTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportReminders",
                columns: table => new
                {
                    PeriodKey = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    WrittenAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportReminders", x => x.PeriodKey);
                });

            migrationBuilder.CreateTable(
                name: "ReportSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PeriodKey = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Figures = table.Column<string>(type: "text", nullable: false),
                    SignedById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    SignedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SignedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportSnapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReviewMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    HeldAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChairId = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ChairName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Participants = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CreatedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    CreatedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewMeetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SpotChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Seed = table.Column<long>(type: "bigint", nullable: false),
                    Population = table.Column<int>(type: "integer", nullable: false),
                    SampleSize = table.Column<int>(type: "integer", nullable: false),
                    DrawnById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    DrawnByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DrawnAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CompletedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotChecks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Department = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultationEvents_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsultationOpinions",
                columns: table => new
                {
                    ConsultationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Department = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Opinion = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AuthorId = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    AuthorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultationOpinions", x => new { x.ConsultationId, x.Department });
                    table.ForeignKey(
                        name: "FK_ConsultationOpinions_Consultations_ConsultationId",
                        column: x => x.ConsultationId,
                        principalTable: "Consultations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartnerEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PartnerCode = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ActorId = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerEvents_Partners_PartnerCode",
                        column: x => x.PartnerCode,
                        principalTable: "Partners",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PartnerRatings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnerCode = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Quarter = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    RatedById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    RatedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RatedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerRatings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartnerRatings_Partners_PartnerCode",
                        column: x => x.PartnerCode,
                        principalTable: "Partners",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    TopicId = table.Column<int>(type: "integer", nullable: true),
                    TopicName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Product = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Department = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Figures = table.Column<string>(type: "text", nullable: false),
                    Complaints = table.Column<string>(type: "text", nullable: false),
                    ComplaintTotal = table.Column<int>(type: "integer", nullable: false),
                    SeriesStart = table.Column<DateOnly>(type: "date", nullable: false),
                    WeeklyCounts = table.Column<string>(type: "text", nullable: false),
                    ActionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Findings = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    RootCause = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ResponsibleDepartment = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_ReviewMeetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "ReviewMeetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SpotCheckCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SpotCheckId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AnswerCodes = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Finding = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Passed = table.Column<bool>(type: "boolean", nullable: true),
                    ReworkRequested = table.Column<bool>(type: "boolean", nullable: false),
                    ReworkNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CheckedById = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    CheckedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CheckedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpotCheckCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SpotCheckCases_SpotChecks_SpotCheckId",
                        column: x => x.SpotCheckId,
                        principalTable: "SpotChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_AgendaItemId",
                table: "RootCauseActions",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_MeetingId",
                table: "RootCauseActions",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_Status_DueDate",
                table: "RootCauseActions",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_TargetKind_TargetCode",
                table: "RootCauseActions",
                columns: new[] { "TargetKind", "TargetCode" });

            // Actions made before target kinds: a topic id means a topic target, else the code is a category (see TopicReferences).
            migrationBuilder.Sql("UPDATE \"RootCauseActions\" SET \"TargetKind\" = CASE WHEN \"TopicId\" IS NULL THEN 'Category' ELSE 'Topic' END");

            migrationBuilder.AddCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions",
                sql: "(\"TargetKind\" = 'Topic' AND \"TopicId\" IS NOT NULL AND \"TargetCode\" IS NULL) OR (\"TargetKind\" <> 'Topic' AND \"TopicId\" IS NULL AND \"TargetCode\" IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_PartnerCode",
                table: "Complaints",
                column: "PartnerCode");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Position",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationEvents_ConsultationId",
                table: "ConsultationEvents",
                column: "ConsultationId");

            migrationBuilder.CreateIndex(
                name: "IX_ConsultationOpinions_Department",
                table: "ConsultationOpinions",
                column: "Department");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ComplaintId",
                table: "Consultations",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_Status",
                table: "Consultations",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceEvents_ActionId",
                table: "GovernanceEvents",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernanceEvents_MeetingId",
                table: "GovernanceEvents",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionFigures_PeriodKey_EnteredAtUtc",
                table: "InstitutionFigures",
                columns: new[] { "PeriodKey", "EnteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_ComplaintId",
                table: "Notices",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Status_NextAttemptAtUtc",
                table: "Notices",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerEvents_PartnerCode",
                table: "PartnerEvents",
                column: "PartnerCode");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerRatings_PartnerCode_Year_Quarter",
                table: "PartnerRatings",
                columns: new[] { "PartnerCode", "Year", "Quarter" });

            migrationBuilder.CreateIndex(
                name: "IX_ReplyTemplates_Category_Language",
                table: "ReplyTemplates",
                columns: new[] { "Category", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportSnapshots_Kind_PeriodKey",
                table: "ReportSnapshots",
                columns: new[] { "Kind", "PeriodKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewMeetings_PeriodFrom",
                table: "ReviewMeetings",
                column: "PeriodFrom");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckCases_ComplaintId",
                table: "SpotCheckCases",
                column: "ComplaintId");

            migrationBuilder.CreateIndex(
                name: "IX_SpotCheckCases_SpotCheckId_ComplaintId",
                table: "SpotCheckCases",
                columns: new[] { "SpotCheckId", "ComplaintId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpotChecks_Month",
                table: "SpotChecks",
                column: "Month",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionEvents_SubjectId",
                table: "SupervisionEvents",
                column: "SubjectId");

            migrationBuilder.AddForeignKey(
                name: "FK_Complaints_Partners_PartnerCode",
                table: "Complaints",
                column: "PartnerCode",
                principalTable: "Partners",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RootCauseActions_AgendaItems_AgendaItemId",
                table: "RootCauseActions",
                column: "AgendaItemId",
                principalTable: "AgendaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RootCauseActions_ReviewMeetings_MeetingId",
                table: "RootCauseActions",
                column: "MeetingId",
                principalTable: "ReviewMeetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // Roles that already exist (an upgraded installation) get the new governance permissions of their defaults once;
            // the seeder only fills roles it creates. The role names and claim type are written out, not taken from the code,
            // so this step keeps meaning what it meant when it was written.
            migrationBuilder.Sql("INSERT INTO \"AspNetRoleClaims\" (\"RoleId\", \"ClaimType\", \"ClaimValue\") SELECT r.\"Id\", 'complaintops:permission', 'ViewMeetings' FROM \"AspNetRoles\" r WHERE r.\"Name\" IN ('Handler', 'DepartmentHead', 'Supervisor', 'FeedbackAgent', 'Manager', 'Compliance', 'Auditor') AND NOT EXISTS (SELECT 1 FROM \"AspNetRoleClaims\" c WHERE c.\"RoleId\" = r.\"Id\" AND c.\"ClaimType\" = 'complaintops:permission' AND c.\"ClaimValue\" = 'ViewMeetings')");
            migrationBuilder.Sql("INSERT INTO \"AspNetRoleClaims\" (\"RoleId\", \"ClaimType\", \"ClaimValue\") SELECT r.\"Id\", 'complaintops:permission', 'RunMeetings' FROM \"AspNetRoles\" r WHERE r.\"Name\" IN ('Supervisor', 'Manager') AND NOT EXISTS (SELECT 1 FROM \"AspNetRoleClaims\" c WHERE c.\"RoleId\" = r.\"Id\" AND c.\"ClaimType\" = 'complaintops:permission' AND c.\"ClaimValue\" = 'RunMeetings')");
            migrationBuilder.Sql("INSERT INTO \"AspNetRoleClaims\" (\"RoleId\", \"ClaimType\", \"ClaimValue\") SELECT r.\"Id\", 'complaintops:permission', 'SpotCheck' FROM \"AspNetRoles\" r WHERE r.\"Name\" IN ('Supervisor') AND NOT EXISTS (SELECT 1 FROM \"AspNetRoleClaims\" c WHERE c.\"RoleId\" = r.\"Id\" AND c.\"ClaimType\" = 'complaintops:permission' AND c.\"ClaimValue\" = 'SpotCheck')");
            migrationBuilder.Sql("INSERT INTO \"AspNetRoleClaims\" (\"RoleId\", \"ClaimType\", \"ClaimValue\") SELECT r.\"Id\", 'complaintops:permission', 'ConsultCases' FROM \"AspNetRoles\" r WHERE r.\"Name\" IN ('DepartmentHead', 'Supervisor', 'Manager') AND NOT EXISTS (SELECT 1 FROM \"AspNetRoleClaims\" c WHERE c.\"RoleId\" = r.\"Id\" AND c.\"ClaimType\" = 'complaintops:permission' AND c.\"ClaimValue\" = 'ConsultCases')");
            migrationBuilder.Sql("INSERT INTO \"AspNetRoleClaims\" (\"RoleId\", \"ClaimType\", \"ClaimValue\") SELECT r.\"Id\", 'complaintops:permission', 'ManageReplyTemplates' FROM \"AspNetRoles\" r WHERE r.\"Name\" IN ('Supervisor', 'Compliance') AND NOT EXISTS (SELECT 1 FROM \"AspNetRoleClaims\" c WHERE c.\"RoleId\" = r.\"Id\" AND c.\"ClaimType\" = 'complaintops:permission' AND c.\"ClaimValue\" = 'ManageReplyTemplates')");
            migrationBuilder.Sql("INSERT INTO \"AspNetRoleClaims\" (\"RoleId\", \"ClaimType\", \"ClaimValue\") SELECT r.\"Id\", 'complaintops:permission', 'ManagePartners' FROM \"AspNetRoles\" r WHERE r.\"Name\" IN ('Supervisor', 'Manager') AND NOT EXISTS (SELECT 1 FROM \"AspNetRoleClaims\" c WHERE c.\"RoleId\" = r.\"Id\" AND c.\"ClaimType\" = 'complaintops:permission' AND c.\"ClaimValue\" = 'ManagePartners')");
            migrationBuilder.Sql("INSERT INTO \"AspNetRoleClaims\" (\"RoleId\", \"ClaimType\", \"ClaimValue\") SELECT r.\"Id\", 'complaintops:permission', 'ViewReports' FROM \"AspNetRoles\" r WHERE r.\"Name\" IN ('DepartmentHead', 'Supervisor', 'Manager', 'Compliance', 'Auditor') AND NOT EXISTS (SELECT 1 FROM \"AspNetRoleClaims\" c WHERE c.\"RoleId\" = r.\"Id\" AND c.\"ClaimType\" = 'complaintops:permission' AND c.\"ClaimValue\" = 'ViewReports')");
            migrationBuilder.Sql("INSERT INTO \"AspNetRoleClaims\" (\"RoleId\", \"ClaimType\", \"ClaimValue\") SELECT r.\"Id\", 'complaintops:permission', 'SignOffReports' FROM \"AspNetRoles\" r WHERE r.\"Name\" IN ('Compliance') AND NOT EXISTS (SELECT 1 FROM \"AspNetRoleClaims\" c WHERE c.\"RoleId\" = r.\"Id\" AND c.\"ClaimType\" = 'complaintops:permission' AND c.\"ClaimValue\" = 'SignOffReports')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Complaints_Partners_PartnerCode",
                table: "Complaints");

            migrationBuilder.DropForeignKey(
                name: "FK_RootCauseActions_AgendaItems_AgendaItemId",
                table: "RootCauseActions");

            migrationBuilder.DropForeignKey(
                name: "FK_RootCauseActions_ReviewMeetings_MeetingId",
                table: "RootCauseActions");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "ConsultationEvents");

            migrationBuilder.DropTable(
                name: "ConsultationOpinions");

            migrationBuilder.DropTable(
                name: "GovernanceEvents");

            migrationBuilder.DropTable(
                name: "InstitutionFigures");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "PartnerEvents");

            migrationBuilder.DropTable(
                name: "PartnerRatings");

            migrationBuilder.DropTable(
                name: "ReplyTemplates");

            migrationBuilder.DropTable(
                name: "ReportReminders");

            migrationBuilder.DropTable(
                name: "ReportSnapshots");

            migrationBuilder.DropTable(
                name: "SpotCheckCases");

            migrationBuilder.DropTable(
                name: "SupervisionEvents");

            migrationBuilder.DropTable(
                name: "ReviewMeetings");

            migrationBuilder.DropTable(
                name: "Consultations");

            migrationBuilder.DropTable(
                name: "Partners");

            migrationBuilder.DropTable(
                name: "SpotChecks");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_AgendaItemId",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_MeetingId",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_Status_DueDate",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_TargetKind_TargetCode",
                table: "RootCauseActions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_PartnerCode",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "AgendaItemId",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "CompletedOn",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "Department",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "EscalatedAtUtc",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "Evidence",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "MeetingId",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "OwnerId",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "Progress",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "TargetKind",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "PartnerCode",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "Complaints");

            migrationBuilder.RenameColumn(
                name: "TargetCode",
                table: "RootCauseActions",
                newName: "Category");

            migrationBuilder.RenameColumn(
                name: "OwnerName",
                table: "RootCauseActions",
                newName: "Owner");

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_Category",
                table: "RootCauseActions",
                column: "Category");

            migrationBuilder.AddCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions",
                sql: "(\"TopicId\" IS NULL AND \"Category\" IS NOT NULL) OR (\"TopicId\" IS NOT NULL AND \"Category\" IS NULL)");
        }
    }
}
