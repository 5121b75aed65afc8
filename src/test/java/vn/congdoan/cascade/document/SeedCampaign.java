package vn.congdoan.cascade.document;

/**
 * The texts of the seed campaign as the office would type them: the federation's directive
 * 291/KH-LĐLĐ and the sections of the sector's Plan 220/KH-CĐYT, verbatim from the source document
 * (shared/domain/ke-hoach-220-KH-CDYT.vi.txt).
 */
final class SeedCampaign {

  static final String DIRECTIVE_SUBJECT = "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi"
      + " thi đua ái quốc (11/6/1948 - 11/6/2023)";

  static final String PLAN_SUBJECT = "Tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi"
      + " đua ái quốc (11/6/1948 - 11/6/2023) trong các cấp công đoàn tỉnh Thái Bình";

  static final String PURPOSE = """
      - Thông qua các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023) nhằm nâng cao nhận thức, trách nhiệm của các cấp công đoàn và đoàn viên, CNVCLĐ về vị trí, vai trò và tác dụng to lớn của phong trào thi đua yêu nước trong sự nghiệp xây dựng và bảo vệ Tổ quốc.
      - Phát huy truyền thống yêu nước, khơi dậy ý thức tự giác, ý chí tự lực, tự cường, tinh thần trách nhiệm, sáng tạo của các cấp công đoàn và đoàn viên, CNVCLĐ phấn đấu thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX, góp phần hoàn thành nhiệm vụ phát triển kinh tế, xã hội của tỉnh năm 2023 và kế hoạch 05 năm 2020 - 2025.
      - Việc tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc phải đảm bảo thiết thực, hiệu quả, tiết kiệm, chống lãng phí.""";

  static final String ACTIVITIES = """
      1. Công tác tuyên truyền: Tăng cường tổ chức học tập, quán triệt tư tưởng của Chủ tịch Hồ Chí Minh về thi đua ái quốc; đẩy mạnh công tác tuyên truyền chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước, của Tổng Liên đoàn Lao động Việt Nam, của tỉnh về thi đua, khen thưởng bằng các hình thức phù hợp. Tuyên truyền gương người tốt, việc tốt, cách làm hay, mô hình sáng tạo góp phần lan tỏa những điển hình tiên tiến trong đoàn viên và CNVCLĐ.
      2. Các hoạt động thi đua:
      - Tiếp tục phát động và triển khai thực hiện có hiệu quả phong trào thi đua “Lao động giỏi, Lao động sáng tạo”, “Phát huy sáng kiến, cải tiến kỹ thuật”; phong trào thi đua “Chung sức xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu” giai đoạn 2021 - 2025, phong trào thi đua “Vì người nghèo - Không để ai bị bỏ lại phía sau” giai đoạn 2021 - 2025 trong các cấp công đoàn; phong trào thi đua “Cán bộ, công chức, viên chức tỉnh Thái Bình thi đua thực hiện văn hóa công sở” giai đoạn 2019 - 2025; phong trào thi đua “Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí”.
      - Tổ chức, phát động đợt thi đua cao điểm kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc gắn với những việc làm hoặc công trình cụ thể. Tiếp tục tuyên truyền, vận động đoàn viên, CNVCLĐ tích cực tham gia Chương trình “01 triệu sáng kiến, nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch Covid-19” phấn đấu hoàn thành chỉ tiêu Chương trình, lập thành tích chào mừng Đại hội XIX Công đoàn ngành Y tế, Đại hội XXIV Công đoàn tỉnh Thái Bình, nhiệm kỳ 2023 - 2028.
      3. Công tác xây dựng điển hình tiên tiến.
      - Xây dựng điển hình tiên tiến là các tập thể, cá nhân phù hợp với đặc điểm, tính chất, nhiệm vụ của từng cơ quan, đơn vị, doanh nghiệp. Phát hiện những khó khăn, thiếu sót, kịp thời có biện pháp giúp đỡ điển hình tiên tiến phấn đấu, rèn luyện, tiếp tục duy trì thành tích và phát huy những kết quả đạt được.
      - Tiếp tục triển khai thực hiện có hiệu quả Kế hoạch số 104/KH-CĐYT ngày 12/7/2021 của Công đoàn ngành Y tế về tuyên truyền các phong trào thi đua yêu nước và phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến trong CNVCLĐ và hoạt động công đoàn tỉnh Thái Bình, giai đoạn 2021 - 2025.
      - Tổ chức biểu dương, tôn vinh và nhân rộng các tập thể, cá nhân tiêu biểu, các điển hình tiên tiến trong các phong trào thi đua, gương người tốt, việc tốt gắn với các hoạt động trong Tháng Công nhân năm 2023 tạo sức lan tỏa trong các cấp công đoàn và CNVCLĐ.""";

  static final String ORGANISATION = """
      1. Công đoàn ngành
      - Xây dựng, triển khai Kế hoạch tổ chức các hoạt động kỷ niệm 75 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc (11/6/1948 - 11/6/2023) tới các Công đoàn cơ sở.
      - Theo dõi, đôn đốc các cấp công đoàn triển khai thực hiện kế hoạch; tổng hợp báo cáo kết quả thực hiện về Liên đoàn Lao động tỉnh.
      2. Công đoàn cơ sở
      - Căn cứ Kế hoạch của Công đoàn ngành chủ động xây dựng kế hoạch tổ chức các hoạt động kỷ niệm phù hợp với điều kiện thực tiễn của cơ quan, đơn vị, doanh nghiệp. Thời gian tổ chức các hoạt động trước ngày 30/5/2023.
      - Phát hiện, giới thiệu các điển hình tiên tiến, gương người tốt, việc tốt trên các lĩnh vực để tuyên truyền, nhân rộng.""";

  /** "Nơi nhận" of Plan 220/KH-CĐYT, one a line as the office types it (a dash is allowed). */
  static final String RECIPIENTS = """
      Liên đoàn Lao động tỉnh Thái Bình (b.cáo);
      - Đảng ủy, LĐ Sở Y tế (b.cáo);
      BTV BCH Công đoàn ngành;
      CĐCS trực thuộc;
      Lưu: VP CĐN.
      """;

  static final String ASSESSMENT = """
      - Các CĐCS đã chủ động xây dựng kế hoạch, tổ chức các hoạt động kỷ niệm thiết thực, tiết kiệm, gắn với nhiệm vụ chuyên môn của đơn vị; nhiều đơn vị tổ chức tuyên truyền bằng hình thức trực quan, trên trang thông tin điện tử và mạng xã hội.
      - Phong trào thi đua “Lao động giỏi, Lao động sáng tạo” và phong trào phát huy sáng kiến, cải tiến kỹ thuật được hưởng ứng rộng rãi; nhiều sáng kiến được áp dụng trong khám, chữa bệnh, mang lại hiệu quả thiết thực.""";

  static final String SHORTCOMINGS = """
      - Một số CĐCS báo cáo chậm so với thời hạn, nội dung báo cáo còn sơ sài; 01 CĐCS không báo cáo.
      - Nguyên nhân: thời gian triển khai ngắn, trùng với đợt cao điểm phòng, chống dịch bệnh mùa hè; một số cán bộ công đoàn kiêm nhiệm, chưa dành nhiều thời gian cho công tác công đoàn.""";

  static final String PROPOSALS = """
      - Đề nghị Liên đoàn Lao động tỉnh xem xét, tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong các phong trào thi đua (danh sách tại Phụ lục 2).
      - Đề nghị Liên đoàn Lao động tỉnh tiếp tục quan tâm, hướng dẫn công tác xây dựng, nhân rộng điển hình tiên tiến trong CNVCLĐ ngành Y tế.""";

  private SeedCampaign() {}
}
