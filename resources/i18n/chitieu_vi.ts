<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>Data-entry officers receive the communes&apos; reports; Leaders confirm or revoke signing keys and accept unsigned files; the Administrator manages accounts.</source>
        <translation>Cán bộ nhập liệu nhận báo cáo của các xã, phường; Lãnh đạo xác nhận hoặc thu hồi khóa ký, chấp nhận tệp chưa ký; Quản trị quản lý tài khoản.</translation>
    </message>
    <message>
        <source>Data-entry officers enter the figures; Leaders approve and reopen periods; the Administrator manages accounts and restores backups.</source>
        <translation>Cán bộ nhập liệu nhập số liệu; Lãnh đạo duyệt và mở lại kỳ báo cáo; Quản trị quản lý tài khoản và khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Thêm tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Reset the password…</source>
        <translation>Đặt lại &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>&amp;Lock the account</source>
        <translation>&amp;Khóa tài khoản</translation>
    </message>
    <message>
        <source>&amp;Unlock the account</source>
        <translation>Mở khó&amp;a tài khoản</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Lock the account</source>
        <translation>Khóa tài khoản</translation>
    </message>
    <message>
        <source>Only an Administrator adds accounts, resets passwords and locks accounts.</source>
        <translation>Chỉ Quản trị mới thêm tài khoản, đặt lại mật khẩu và khóa tài khoản.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>đã khóa</translation>
    </message>
    <message>
        <source>temporarily locked until {time}</source>
        <translation>tạm khóa đến {time}</translation>
    </message>
    <message>
        <source>Reset the password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Thêm tài khoản</translation>
    </message>
    <message>
        <source>A new account for a person who uses this computer.</source>
        <translation>Tài khoản mới cho một người dùng máy này.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Password (at least 8 characters):</source>
        <translation>&amp;Mật khẩu (ít nhất 8 ký tự):</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>The password is temporary: at the first login, the person chooses their own.</source>
        <translation>Mật khẩu này là mật khẩu tạm: lần đăng nhập đầu tiên, người dùng tự đặt mật khẩu của mình.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Hủ&amp;y</translation>
    </message>
</context>
<context>
    <name>AdministratorDialog</name>
    <message>
        <source>Administrator&apos;s login</source>
        <translation>Đăng nhập Quản trị</translation>
    </message>
    <message>
        <source>Restoring replaces all the data of this computer&apos;s database. The database cannot be read: type the user name and password of an Administrator account in the backup.</source>
        <translation>Khôi phục sẽ thay toàn bộ số liệu của cơ sở dữ liệu trên máy này. Cơ sở dữ liệu không đọc được: nhập tên đăng nhập và mật khẩu của một tài khoản Quản trị trong bản sao lưu.</translation>
    </message>
    <message>
        <source>Restoring replaces all the data of this computer&apos;s database. Type the user name and password of one of its Administrator accounts.</source>
        <translation>Khôi phục sẽ thay toàn bộ số liệu của cơ sở dữ liệu trên máy này. Nhập tên đăng nhập và mật khẩu của một tài khoản Quản trị của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Change log of the figures</source>
        <translation>Nhật ký thay đổi số liệu</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Tất cả các kỳ</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>Tất cả chỉ tiêu</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Mọi người dùng</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>C&amp;hỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Người dùng:</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Xuất ra Excel…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>No changes in the period {period}.</source>
        <translation>Không có thay đổi nào trong kỳ {period}.</translation>
    </message>
    <message>
        <source>No changes with the filters chosen.</source>
        <translation>Không có thay đổi nào theo các điều kiện lọc đã chọn.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n thay đổi</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the change log</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to {path}</source>
        <translation>
            <numerusform>Đã xuất %n thay đổi ra {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Figure changed</source>
        <translation>Sửa số liệu</translation>
    </message>
    <message>
        <source>Start-of-term figure</source>
        <translation>Số liệu đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>Own target</source>
        <translation>Chỉ tiêu tự đặt</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <source>Period status</source>
        <translation>Trạng thái kỳ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Account locked/unlocked</source>
        <translation>Khóa/mở tài khoản</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Login locked</source>
        <translation>Khóa đăng nhập</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>Catalogue updated</source>
        <translation>Cập nhật bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>Catalogue update imported</source>
        <translation>Nhập bản cập nhật bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>Catalogue draft edited</source>
        <translation>Sửa bản nháp bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>Catalogue published</source>
        <translation>Phát hành bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>Signing key of this computer made</source>
        <translation>Tạo khóa ký của máy</translation>
    </message>
    <message>
        <source>Units&apos; key register</source>
        <translation>Sổ khóa các đơn vị</translation>
    </message>
    <message>
        <source>Unit&apos;s signing key registered</source>
        <translation>Ghi nhận khóa ký của đơn vị</translation>
    </message>
    <message>
        <source>Unit&apos;s signing key confirmed</source>
        <translation>Xác nhận khóa ký của đơn vị</translation>
    </message>
    <message>
        <source>Unit&apos;s signing key revoked</source>
        <translation>Thu hồi khóa ký của đơn vị</translation>
    </message>
    <message>
        <source>Unsigned version accepted</source>
        <translation>Chấp nhận bản chưa ký</translation>
    </message>
    <message>
        <source>Province&apos;s signing key registered</source>
        <translation>Ghi nhận khóa ký của tỉnh</translation>
    </message>
    <message>
        <source>Province&apos;s signing key forgotten</source>
        <translation>Bỏ khóa ký của tỉnh đã ghi nhận</translation>
    </message>
    <message>
        <source>Report digitally signed</source>
        <translation>Ký số báo cáo</translation>
    </message>
    <message>
        <source>Trusted root certificate added</source>
        <translation>Thêm chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>Trusted root certificate removed</source>
        <translation>Bỏ chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>Changes made outside the program acknowledged</source>
        <translation>Xác nhận đã kiểm tra thay đổi ngoài chương trình</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Có/Không</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>Cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Start of term</source>
        <translation>Đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Status (the clock ran fast)</source>
        <translation>Trạng thái (đồng hồ đã chạy nhanh)</translation>
    </message>
    <message>
        <source>Key code</source>
        <translation>Mã khóa</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Mã xác thực</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <source>Catalogue version</source>
        <translation>Phiên bản bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>Catalogue draft</source>
        <translation>Bản nháp bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>Signed PDF (SHA-256)</source>
        <translation>Tệp PDF đã ký (mã SHA-256)</translation>
    </message>
    <message>
        <source>Root certificate (SHA-256)</source>
        <translation>Chứng thư gốc (mã SHA-256)</translation>
    </message>
    <message>
        <source>Data history</source>
        <translation>Lịch sử số liệu</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Người lập biểu</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Document symbol</source>
        <translation>Ký hiệu văn bản</translation>
    </message>
    <message>
        <source>Cut-off and deadline days</source>
        <translation>Ngày chốt số liệu và hạn gửi báo cáo</translation>
    </message>
    <message>
        <source>Province&apos;s e-mail address</source>
        <translation>Địa chỉ thư điện tử của tỉnh</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>Rule choosing each unit&apos;s kept version</source>
        <translation>Quy tắc chọn bản giữ của các đơn vị</translation>
    </message>
    <message>
        <source>Issuing office</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Report addressed to</source>
        <translation>Nơi nhận báo cáo</translation>
    </message>
    <message>
        <source>Folder, time</source>
        <translation>Thư mục, thời điểm</translation>
    </message>
    <message>
        <source>Folder, time backed up</source>
        <translation>Thư mục, thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Backed up outside this computer</source>
        <translation>Sao lưu ra ngoài máy</translation>
    </message>
    <message>
        <source>Restored from a copy outside this computer (counts as backed up outside)</source>
        <translation>Khôi phục từ bản sao ngoài máy (tính là đã sao lưu ra ngoài)</translation>
    </message>
    <message>
        <source>Token library (PKCS#11)</source>
        <translation>Tệp thư viện PKCS#11 của thiết bị ký số</translation>
    </message>
    <message>
        <source>Signer&apos;s token name</source>
        <translation>Tên thiết bị ký số (token) của người ký</translation>
    </message>
    <message>
        <source>Signature image (PNG)</source>
        <translation>Ảnh chữ ký (PNG)</translation>
    </message>
    <message>
        <source>Organisation&apos;s token name</source>
        <translation>Tên thiết bị ký số của cơ quan</translation>
    </message>
    <message>
        <source>Organisation&apos;s certificate file (PKCS#12)</source>
        <translation>Tệp chứng thư số của cơ quan (PKCS#12)</translation>
    </message>
    <message>
        <source>Organisation&apos;s seal image (PNG)</source>
        <translation>Ảnh dấu của cơ quan (PNG)</translation>
    </message>
    <message>
        <source>Timestamp server address</source>
        <translation>Địa chỉ máy chủ cấp dấu thời gian</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Working…</source>
        <translation>Đang xử lý…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Đang dừng…</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>Start-of-term figures {term}</source>
        <translation>Số liệu đầu nhiệm kỳ {term}</translation>
    </message>
    <message>
        <source>The figures at the start of the {term} term, entered once for the whole term. The program uses them to compute the results of every period.</source>
        <translation>Số liệu tại thời điểm bắt đầu nhiệm kỳ {term}, nhập một lần cho cả nhiệm kỳ. Chương trình dùng các số này để tính kết quả của mọi kỳ báo cáo.</translation>
    </message>
    <message>
        <source>used for: {indicator}</source>
        <translation>dùng cho: {indicator}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đón&amp;g</translation>
    </message>
    <message>
        <source>Nothing saved: the periods marked Complete stay so and wait for a leader&apos;s approval.</source>
        <translation>Chưa lưu gì: các kỳ đã đánh dấu Hoàn thành vẫn giữ nguyên và chờ Lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Chưa lưu: {reason}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) typed and not saved:</source>
        <translation>
            <numerusform>%n số đã gõ chưa lưu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Lưu các số đó trước khi đóng?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Đóng, không lưu</translation>
    </message>
</context>
<context>
    <name>CatalogUpdate</name>
    <message>
        <source>Choose the province&apos;s indicator catalogue update file</source>
        <translation>Chọn tệp cập nhật bộ chỉ tiêu của tỉnh</translation>
    </message>
    <message>
        <source>Indicator catalogue update ({patterns})</source>
        <translation>Cập nhật bộ chỉ tiêu ({patterns})</translation>
    </message>
    <message>
        <source>(no change in content)</source>
        <translation>(không đổi nội dung)</translation>
    </message>
    <message>
        <source>Update the indicator catalogue from version {old} to {new}:

{changes}

Figures already entered and approved periods do not change. Update?</source>
        <translation>Cập nhật bộ chỉ tiêu từ phiên bản {old} lên {new}:

{changes}

Số liệu đã nhập và các kỳ đã duyệt không thay đổi. Cập nhật?</translation>
    </message>
    <message>
        <source>Update the indicator catalogue</source>
        <translation>Cập nhật bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>The indicator catalogue could not be updated</source>
        <translation>Không cập nhật được bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>Update the indicator catalogue from version {old} to {new}:

{changes}

The province&apos;s key that signed the file, matching the code typed from the cover letter:
{code}
This computer will record this key and from then on take only updates signed with it.

Figures already entered and approved periods do not change. Update?</source>
        <translation>Cập nhật bộ chỉ tiêu từ phiên bản {old} lên {new}:

{changes}

Khóa của tỉnh đã ký tệp, khớp mã đã gõ từ công văn:
{code}
Máy sẽ ghi nhận khóa này và từ nay chỉ nhận bản cập nhật ký bằng khóa này.

Số liệu đã nhập và các kỳ đã duyệt không thay đổi. Cập nhật?</translation>
    </message>
    <message>
        <source>The indicator catalogue is now at version {version}.</source>
        <translation>Đã cập nhật bộ chỉ tiêu lên phiên bản {version}.</translation>
    </message>
    <message>
        <source>The file is signed with this key.</source>
        <translation>Tệp được ký bằng khóa này.</translation>
    </message>
    <message>
        <source>The update is signed with the key {code}, but {whose}.

The letter printing this code may be forged too. Import it only when the provincial People&apos;s Committee office has confirmed in writing (not in the mail that brought the file) that this key is the province&apos;s and that forgetting it was a mistake.</source>
        <translation>Bản cập nhật được ký bằng khóa mã {code}, nhưng {whose}.

Công văn in mã này có thể cũng là giả. Chỉ nhập khi Văn phòng UBND tỉnh đã xác nhận bằng văn bản (không qua thư gửi kèm tệp) rằng khóa này đúng là khóa của tỉnh và việc bỏ khóa trước đây là nhầm.</translation>
    </message>
    <message>
        <source>Import the update and record this key again?</source>
        <translation>Nhập bản cập nhật và ghi nhận lại khóa này?</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <source>Do &amp;not import</source>
        <translation>&amp;Không nhập</translation>
    </message>
    <message>
        <source>Indicator catalogue</source>
        <translation>Bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>The draft has no changes yet from version {version}. Edit it with the command chitieu catalog-update target | assign | add-indicator.</source>
        <translation>Bản nháp chưa có thay đổi nào so với phiên bản {version}. Sửa bằng lệnh chitieu catalog-update target | assign | add-indicator.</translation>
    </message>
    <message>
        <source>Publish the indicator catalogue</source>
        <translation>Phát hành bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>Changes:
{changes}

New version:</source>
        <translation>Những thay đổi:
{changes}

Phiên bản mới:</translation>
    </message>
    <message>
        <source>Save the update file</source>
        <translation>Lưu tệp cập nhật</translation>
    </message>
    <message>
        <source>Could not publish</source>
        <translation>Không phát hành được</translation>
    </message>
    <message>
        <source>Published indicator catalogue {version}.

Update file: {path}
Cover note: {cover}

Print the cover note, have it signed and stamped, and send it to the communes and wards as an official letter, not in the same e-mail as the update file: it prints the province&apos;s key code {code}, which each commune types from the paper at its first import.</source>
        <translation>Đã phát hành bộ chỉ tiêu phiên bản {version}.

Tệp cập nhật: {path}
Công văn gửi kèm: {cover}

Hãy in công văn, trình ký, đóng dấu và gửi các xã, phường theo đường công văn, không gửi chung thư với tệp cập nhật: công văn in mã khóa của tỉnh {code}, mã mà mỗi xã, phường gõ từ bản giấy ở lần nhập đầu tiên.</translation>
    </message>
    <message>
        <source>The province&apos;s key code</source>
        <translation>Mã khóa của tỉnh</translation>
    </message>
    <message>
        <source>This is the first indicator catalogue update this computer takes: it will record the key that signed the file, and from then on take only updates signed with that key.

Type the key code printed on the province&apos;s paper letter, signed and stamped, that came by official post (four groups of four letters and digits), or have the provincial People&apos;s Committee office read it to you on the telephone. Do not take it from a PDF letter that came in the same e-mail as the file, nor from the file or the screen: anyone can make such a PDF, and sign a file with a key of their own.</source>
        <translation>Đây là bản cập nhật bộ chỉ tiêu đầu tiên máy này nhận: máy sẽ ghi nhận khóa đã ký tệp, từ nay chỉ nhận bản cập nhật ký bằng khóa đó.

Hãy gõ mã khóa in trên công văn giấy của tỉnh, có chữ ký và đóng dấu, gửi theo đường công văn (bốn nhóm, mỗi nhóm bốn chữ cái và chữ số), hoặc gọi điện cho Văn phòng UBND tỉnh để được đọc mã. Không lấy mã từ công văn PDF gửi cùng thư điện tử với tệp, cũng không chép từ tệp hay trên màn hình: ai cũng làm được một tệp PDF như vậy và ký tệp bằng khóa của mình.</translation>
    </message>
    <message>
        <source>&amp;Key code on the cover letter:</source>
        <translation>&amp;Mã khóa in trên công văn:</translation>
    </message>
    <message>
        <source>Key code on the cover letter</source>
        <translation>Mã khóa in trên công văn</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The key code does not match</source>
        <translation>Mã khóa không khớp</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Đổi mật khẩu</translation>
    </message>
    <message>
        <source>Account {user} ({name}). Type the password you use now, then the new one twice.</source>
        <translation>Tài khoản {user} ({name}). Gõ mật khẩu đang dùng, rồi gõ mật khẩu mới hai lần.</translation>
    </message>
    <message>
        <source>Current &amp;password:</source>
        <translation>Mật khẩu đang &amp;dùng:</translation>
    </message>
    <message>
        <source>&amp;New password (at least 8 characters):</source>
        <translation>Mật khẩu &amp;mới (ít nhất 8 ký tự):</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>C&amp;hange</source>
        <translation>Đổ&amp;i</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Log in before changing a password.</source>
        <translation>Cần đăng nhập trước khi đổi mật khẩu.</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Charts</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <source>Consolidating the other periods…</source>
        <translation>Đang tổng hợp các kỳ khác…</translation>
    </message>
    <message>
        <source>{unit}: {value}</source>
        <translation>{unit}: {value}</translation>
    </message>
    <message>
        <source>{unit}: {running} {value} ({period}: {figure})</source>
        <translation>{unit}: {running} {value} ({period}: {figure})</translation>
    </message>
    <message>
        <source>not counting {years}, without a result</source>
        <translation>chưa tính năm {years}, chưa có kết quả</translation>
    </message>
    <message>
        <source>target {target}</source>
        <translation>chỉ tiêu {target}</translation>
    </message>
    <message>
        <source>({progress}% of the target so far)</source>
        <translation>(đã đạt {progress}% chỉ tiêu)</translation>
    </message>
    <message>
        <source>target {target}, the same for every unit</source>
        <translation>chỉ tiêu {target}, chung cho mọi đơn vị</translation>
    </message>
    <message>
        <source>each unit&apos;s target</source>
        <translation>chỉ tiêu giao cho từng đơn vị</translation>
    </message>
    <message numerus="yes">
        <source>Poverty rate up since the start of the term in %n unit(s), the bars below 0: </source>
        <translation>
            <numerusform>Tỷ lệ hộ nghèo tăng so với đầu nhiệm kỳ ở %n đơn vị, các cột dưới 0: </numerusform>
        </translation>
    </message>
    <message>
        <source>each bar: the unit&apos;s {running}, against its target for the term</source>
        <translation>mỗi thanh: {running} của đơn vị, so với chỉ tiêu cả nhiệm kỳ</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without every year&apos;s figures: </source>
        <translation>
            <numerusform>%n đơn vị chưa đủ số liệu các năm: </numerusform>
        </translation>
    </message>
    <message>
        <source>Units without a bar</source>
        <translation>Đơn vị không có cột trên biểu đồ</translation>
    </message>
    <message>
        <source>The arrow keys go from name to name; Enter shows the unit in Reports sent</source>
        <translation>Phím mũi tên đi từ tên này sang tên khác; Enter mở đơn vị đó ở thẻ Tình hình gửi báo cáo</translation>
    </message>
    <message>
        <source>{unit} (not counting {years})</source>
        <translation>{unit} (chưa tính năm {years})</translation>
    </message>
    <message>
        <source>No target line: the target is the total of the term, not one period&apos;s figure</source>
        <translation>Không vẽ chỉ tiêu: chỉ tiêu là tổng cả nhiệm kỳ, không so được với số liệu của một kỳ</translation>
    </message>
    <message>
        <source>No target line</source>
        <translation>Không vẽ chỉ tiêu</translation>
    </message>
    <message numerus="yes">
        <source>No bars: the %n unit(s) are listed below, with the reason</source>
        <translation>
            <numerusform>Không có thanh nào: %n đơn vị liệt kê dưới đây, kèm lý do</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without a bar, listed under the bars</source>
        <translation>
            <numerusform>%n đơn vị không có thanh, liệt kê dưới biểu đồ</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Not assessed at this period&lt;/b&gt;: the indicator is assessed in the year&apos;s report ({count} units).</source>
        <translation>&lt;b&gt;Chưa đến kỳ đánh giá&lt;/b&gt;: chỉ tiêu được đánh giá trong báo cáo cả năm ({count} đơn vị).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not reported&lt;/b&gt; ({count}):</source>
        <translation>&lt;b&gt;Chưa báo cáo&lt;/b&gt; ({count}):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reported without a result&lt;/b&gt; ({count}):</source>
        <translation>&lt;b&gt;Đã báo cáo nhưng chưa tính được kết quả&lt;/b&gt; ({count}):</translation>
    </message>
    <message>
        <source>Share of units: met or exceeded, in progress (%)</source>
        <translation>Tỷ lệ đơn vị: đạt, vượt và đang thực hiện (%)</translation>
    </message>
    <message>
        <source>Share of units met or exceeded, and in progress, by period</source>
        <translation>Tỷ lệ đơn vị đạt, vượt và đang thực hiện theo kỳ</translation>
    </message>
    <message>
        <source>Met or exceeded</source>
        <translation>Đạt hoặc vượt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Reports by period</source>
        <translation>Tình hình gửi báo cáo theo kỳ</translation>
    </message>
    <message numerus="yes">
        <source>{period}: {status} %n unit(s)</source>
        <translation>
            <numerusform>{period}: {status} %n đơn vị</numerusform>
        </translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Unsigned, not accepted</source>
        <translation>Chưa ký, chưa chấp nhận</translation>
    </message>
    <message>
        <source>Awaiting the province&apos;s key check</source>
        <translation>Chờ tỉnh đối chiếu khóa</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>Indicator shown</source>
        <translation>Chỉ tiêu đang xem</translation>
    </message>
    <message>
        <source>Results of the units</source>
        <translation>Kết quả của các đơn vị</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Number and date of the report</source>
        <translation>Số và ngày của báo cáo</translation>
    </message>
    <message>
        <source>The approved report of {period} is exported for the province for the first time. The number and date below are printed on the report and written in the file for the province, and stay with this approval: every later export prints them again.</source>
        <translation>Báo cáo đã duyệt {period} được xuất gửi tỉnh lần đầu. Số văn bản và ngày báo cáo dưới đây được in trên báo cáo, ghi trong tệp gửi tỉnh và gắn với lần duyệt này: mọi lần xuất sau đều in lại đúng số và ngày này.</translation>
    </message>
    <message>
        <source>for example 15</source>
        <translation>ví dụ 15</translation>
    </message>
    <message>
        <source>This approval of {period} has not been exported for the province yet. The number and date below are printed on its report and written in the file for the province, and stay with this approval: every later export of it prints them again.</source>
        <translation>Lần duyệt này của kỳ {period} chưa xuất gửi tỉnh. Số văn bản và ngày báo cáo dưới đây được in trên báo cáo, ghi trong tệp gửi tỉnh và gắn với lần duyệt này: mọi lần xuất sau đều in lại đúng số và ngày này.</translation>
    </message>
    <message>
        <source>The figures of {period} run to {date}: the report is dated from that day on.</source>
        <translation>Số liệu kỳ {period} đến ngày {date}: báo cáo đề từ ngày ấy.</translation>
    </message>
    <message>
        <source>Document &amp;number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>Report &amp;date:</source>
        <translation>&amp;Ngày báo cáo:</translation>
    </message>
    <message>
        <source>Number written by &amp;hand on the paper</source>
        <translation>Số &amp;viết tay trên bản in</translation>
    </message>
    <message>
        <source>for example {number}</source>
        <translation>ví dụ {number}</translation>
    </message>
    <message>
        <source>An earlier approval of this period went out for the province as {issued}. This approval takes a number of its own: the next in {year} is {number}.</source>
        <translation>Lần duyệt trước của kỳ này đã xuất gửi tỉnh với {issued}. Lần duyệt này cần số văn bản riêng: số tiếp theo năm {year} là {number}.</translation>
    </message>
    <message>
        <source>Type the document number, or tick “{by_hand}” (Alt+{key}) if it is written by hand on the printed report.</source>
        <translation>Gõ số văn bản, hoặc đánh dấu “{by_hand}” (Alt+{key}) nếu số được viết tay trên bản in.</translation>
    </message>
    <message>
        <source>clear the number, then tick “{by_hand}” (Alt+{key})</source>
        <translation>xóa số đã gõ rồi đánh dấu “{by_hand}” (Alt+{key})</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>Number: as the office&apos;s register gives it, for example {number} (or tick “{by_hand}” to write it by hand on the paper). Date: day/month/year, for example {date}; the day the leader signs.</source>
        <translation>Số: theo sổ đăng ký văn bản của cơ quan, ví dụ {number} (hoặc đánh dấu “{by_hand}” nếu số được viết tay trên bản in). Ngày: ngày/tháng/năm, ví dụ {date}; là ngày lãnh đạo ký.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Yes or No</source>
        <translation>Có hoặc Không</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Numerator
/ Value</source>
        <translation>Tử số
/ Giá trị</translation>
    </message>
    <message>
        <source>Denominator
/ Last year</source>
        <translation>Mẫu số
/ Cùng kỳ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>The assigned target, its comparison and its source (the province for the whole term, or the annual resolution); under it, the commune&apos;s own target for the year if it set one, shown beside, never instead.</source>
        <translation>Chỉ tiêu được giao, phép so sánh và nguồn (tỉnh giao cho cả nhiệm kỳ, hoặc nghị quyết hằng năm); dưới đó là chỉ tiêu xã tự đặt cho năm nếu có, ghi bên cạnh, không thay chỉ tiêu được giao.</translation>
    </message>
    <message>
        <source>The first figure to enter: a rate&apos;s numerator (for example People with health insurance), or a value (budget revenue, number of accidents), or Yes/No.</source>
        <translation>Số thứ nhất cần nhập: tử số của tỷ lệ (ví dụ Số người tham gia BHYT), hoặc giá trị (thu ngân sách, số vụ), hoặc Có/Không.</translation>
    </message>
    <message>
        <source>The second figure to enter: a rate&apos;s denominator (for example Population), or the same period last year. Grey cells need nothing.</source>
        <translation>Số thứ hai cần nhập: mẫu số của tỷ lệ (ví dụ Dân số), hoặc số liệu cùng kỳ năm trước. Ô xám là ô không cần nhập.</translation>
    </message>
    <message>
        <source>The result the program computes from the figures entered.</source>
        <translation>Kết quả do chương trình tính từ số đã nhập.</translation>
    </message>
    <message>
        <source>The assessment against the target: Exceeded, Met, Not met, In progress…</source>
        <translation>Đánh giá so với chỉ tiêu giao: Vượt, Đạt, Không đạt, Đang thực hiện…</translation>
    </message>
    <message>
        <source>Comment, explanation (write one when the target is not met).</source>
        <translation>Ghi chú, giải thích (nên ghi khi Không đạt).</translation>
    </message>
    <message>
        <source>Comment, explanation</source>
        <translation>Ghi chú, giải thích</translation>
    </message>
    <message>
        <source>Proposed from the previous period: {value}; Enter to accept</source>
        <translation>Đề xuất từ kỳ trước: {value}; Enter để nhận</translation>
    </message>
    <message>
        <source>⚠ Write the cause</source>
        <translation>⚠ Cần ghi nguyên nhân</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>chưa nhập</translation>
    </message>
    <message>
        <source>Indicator group: {name}</source>
        <translation>Nhóm chỉ tiêu: {name}</translation>
    </message>
    <message>
        <source>{typed}, not saved</source>
        <translation>{typed}, chưa lưu</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>để trống</translation>
    </message>
    <message>
        <source>not entered, proposed {value}</source>
        <translation>chưa nhập, đề xuất {value}</translation>
    </message>
    <message>
        <source>{value}, entered in Data › Start-of-term figures…</source>
        <translation>{value}, nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ…</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>không dùng</translation>
    </message>
    <message>
        <source>{what}: {value} — {indicator}</source>
        <translation>{what}: {value} — {indicator}</translation>
    </message>
    <message>
        <source>{label}: entered in Data › Start-of-term figures…; Enter opens it</source>
        <translation>{label}: nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ…; Enter để mở</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <source>History across periods: double-click or Ctrl+H</source>
        <translation>Mở diễn biến qua các kỳ: nhấp đúp hoặc Ctrl+H</translation>
    </message>
    <message>
        <source>shown beside the province&apos;s target; the assessment the province counts is against the province&apos;s target</source>
        <translation>ghi bên cạnh chỉ tiêu tỉnh giao; kết quả đánh giá tỉnh tính là theo chỉ tiêu tỉnh giao</translation>
    </message>
    <message>
        <source>{own} (the assessment the province counts is the one above it)</source>
        <translation>{own} (kết quả tỉnh tính là kết quả ở trên)</translation>
    </message>
</context>
<context>
    <name>EntryTable</name>
    <message>
        <source>Table of the indicators&apos; results</source>
        <translation>Bảng nhập kết quả các chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export the report…</source>
        <translation>&amp;Xuất báo cáo…</translation>
    </message>
    <message>
        <source>Export the PDF report to print and sign, and the Excel file for the province, of the period shown</source>
        <translation>Xuất báo cáo PDF để in, ký và tệp Excel gửi tỉnh của kỳ đang xem</translation>
    </message>
    <message>
        <source>The folder also has the digitally signed report {signed}. The new Excel file will not name it: send the signed pair as it is (Send to the province…), or sign again after this export.</source>
        <translation>Thư mục còn có báo cáo đã ký số {signed}. Tệp Excel mới sẽ không mang mã của bản ký số đó: hãy gửi nguyên cặp tệp đã ký (Gửi cho tỉnh…), hoặc ký số lại sau lần xuất này.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Choose the unit and the period first.</source>
        <translation>Hãy chọn đơn vị và kỳ báo cáo trước.</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Không xuất được báo cáo</translation>
    </message>
    <message>
        <source>Could not record the Exported status</source>
        <translation>Không ghi được trạng thái Đã xuất</translation>
    </message>
    <message>
        <source>Choose the folder for the report of {period}</source>
        <translation>Chọn thư mục lưu báo cáo {period}</translation>
    </message>
    <message>
        <source>The folder already has:
{files}

Replace them with the new ones?</source>
        <translation>Trong thư mục đã có:
{files}

Ghi đè bằng bản mới?</translation>
    </message>
    <message>
        <source>Exporting the report of {period}…</source>
        <translation>Đang xuất báo cáo {period}…</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>Report exported</source>
        <translation>Đã xuất báo cáo</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>DRAFT (the period is not approved yet)</source>
        <translation>DỰ THẢO (kỳ báo cáo chưa được duyệt)</translation>
    </message>
    <message>
        <source>Exported &lt;b&gt;{unit}&lt;/b&gt;, {period} — {state}.</source>
        <translation>Đã xuất &lt;b&gt;{unit}&lt;/b&gt;, {period} — {state}.</translation>
    </message>
    <message>
        <source>Authentication code: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Mã xác thực: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key code: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Mã khóa ký của máy này: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Send to the province…&lt;/i&gt; prepares the e-mail to the province with both files attached.</source>
        <translation>&lt;i&gt;Gửi cho tỉnh…&lt;/i&gt; soạn sẵn thư gửi tỉnh, đính kèm cả hai tệp.</translation>
    </message>
    <message>
        <source>&amp;Send to the province…</source>
        <translation>&amp;Gửi cho tỉnh…</translation>
    </message>
    <message>
        <source>Open the &amp;PDF report</source>
        <translation>Mở báo cáo &amp;PDF</translation>
    </message>
</context>
<context>
    <name>ExportsRunning</name>
    <message>
        <source>The e-mail to the province for {period} and its files are still being prepared.</source>
        <translation>Thư gửi tỉnh của {period} và các tệp kèm theo vẫn đang được chuẩn bị.</translation>
    </message>
    <message>
        <source>The files of the report of {period} (PDF and Excel) are still being written.</source>
        <translation>Tệp báo cáo {period} (PDF và Excel) vẫn đang được ghi.</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Đóng cửa sổ</translation>
    </message>
    <message>
        <source>Wait for it to finish, then log out? It takes a moment: the files are then whole in their folder, recorded in your name.</source>
        <translation>Chờ xong rồi đăng xuất? Chỉ mất một lát: khi đó các tệp được ghi trọn vẹn trong thư mục, ghi nhận dưới tên của bạn.</translation>
    </message>
    <message>
        <source>Wait for it to finish, then close the window? It takes a moment: the files are then whole in their folder. Closed before, they would not be written.</source>
        <translation>Chờ xong rồi đóng cửa sổ? Chỉ mất một lát: khi đó các tệp được ghi trọn vẹn trong thư mục. Đóng ngay thì các tệp sẽ không được ghi.</translation>
    </message>
    <message>
        <source>&amp;Wait for it to finish</source>
        <translation>&amp;Chờ xong</translation>
    </message>
    <message>
        <source>&amp;Back to the window</source>
        <translation>&amp;Quay lại cửa sổ</translation>
    </message>
</context>
<context>
    <name>FilesWrittenDialog</name>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation>Thư mục: {folder}</translation>
    </message>
    <message>
        <source>Could not open</source>
        <translation>Không mở được</translation>
    </message>
    <message>
        <source>This computer has no program to open:
{url}</source>
        <translation>Máy chưa có chương trình để mở:
{url}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>Create the administrator account — {program}</source>
        <translation>Tạo tài khoản quản trị — {program}</translation>
    </message>
    <message>
        <source>This is the first run. Create the Administrator account: this person creates the accounts of the data-entry officers and leaders, resets forgotten passwords, and restores backups.</source>
        <translation>Đây là lần chạy đầu tiên. Tạo tài khoản Quản trị: người này tạo tài khoản cho cán bộ nhập liệu và lãnh đạo, đặt lại mật khẩu khi có người quên, và khôi phục bản sao lưu.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password (at least 8 characters):</source>
        <translation>&amp;Mật khẩu (ít nhất 8 ký tự):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu:</translation>
    </message>
    <message>
        <source>I also do the data-entry &amp;officer&apos;s work</source>
        <translation>Tôi cũng làm việc của &amp;cán bộ nhập liệu</translation>
    </message>
    <message>
        <source>User &amp;name as data-entry officer:</source>
        <translation>Tên đăng nhập cán bộ nhập &amp;liệu:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>Tạo tài &amp;khoản</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>for example: quantri</source>
        <translation>ví dụ: quantri</translation>
    </message>
    <message>
        <source>For an office where one person does everything: a second account, Data-entry officer, with the same full name and password. In a commune it enters the figures; at the province it receives the communes&apos; reports. The administrator&apos;s account does neither.</source>
        <translation>Cho nơi chỉ một người làm mọi việc: thêm một tài khoản thứ hai, vai trò Cán bộ nhập liệu, cùng họ tên và mật khẩu. Ở xã, phường, tài khoản này nhập số liệu; ở cấp tỉnh, tài khoản này nhận báo cáo của các xã, phường. Tài khoản Quản trị không làm hai việc đó.</translation>
    </message>
    <message>
        <source>Log in with this account (same password) to enter a commune&apos;s figures or to receive the communes&apos; reports at the province; after the setup the program opens with it. The administrator&apos;s account manages the accounts.</source>
        <translation>Đăng nhập bằng tài khoản này (cùng mật khẩu) để nhập số liệu của xã, phường, hoặc để nhận báo cáo của các xã, phường ở cấp tỉnh; sau bước thiết lập, chương trình mở bằng tài khoản này. Tài khoản Quản trị dùng để quản lý tài khoản.</translation>
    </message>
</context>
<context>
    <name>ForgetKey</name>
    <message>
        <source>Forget the province&apos;s recorded key</source>
        <translation>Bỏ khóa của tỉnh đã ghi nhận</translation>
    </message>
    <message>
        <source>This computer has not recorded any key of the province: there is no key to forget. The next catalogue update imported will record a key from the code printed on its cover letter.</source>
        <translation>Máy này chưa ghi nhận khóa nào của tỉnh: không có khóa để bỏ. Lần nhập bản cập nhật bộ chỉ tiêu tới sẽ ghi nhận khóa theo mã in trên công văn gửi kèm.</translation>
    </message>
    <message>
        <source>The province&apos;s key {code} is forgotten. The next catalogue update will record a key again from the code printed on its cover letter: type the code on the province&apos;s paper letter, never a code written in the file.</source>
        <translation>Đã bỏ khóa của tỉnh mã {code}. Lần nhập bản cập nhật bộ chỉ tiêu tới sẽ ghi nhận khóa theo mã in trên công văn gửi kèm: gõ mã trên công văn giấy của tỉnh, không chép mã ghi trong tệp.</translation>
    </message>
    <message>
        <source>Periods approved under a catalogue no longer used stay as they were approved: {periods}. To judge one against the province&apos;s catalogue, a leader reopens it and approves it again.</source>
        <translation>Các kỳ đã duyệt theo bộ chỉ tiêu đã thôi dùng giữ nguyên như khi duyệt: {periods}. Nếu cần đánh giá lại theo bộ chỉ tiêu của tỉnh, Lãnh đạo mở lại kỳ rồi duyệt lại.</translation>
    </message>
    <message>
        <source>This computer takes catalogue updates signed only with the province&apos;s key {code}, recorded from the update to version {version}. Catalogue versions imported under it: {versions}.

Forget it only when the provincial People&apos;s Committee office says this key is not the province&apos;s (a forged update), or that the province changed its key. The next update will then record a key again from the code on its cover letter.

Type the code {code} to confirm.</source>
        <translation>Máy này chỉ nhận bản cập nhật bộ chỉ tiêu ký bằng khóa của tỉnh mã {code}, ghi nhận từ bản cập nhật phiên bản {version}. Các phiên bản nhập theo khóa này: {versions}.

Chỉ bỏ khóa khi Văn phòng UBND tỉnh cho biết khóa này không phải của tỉnh (bản cập nhật giả) hoặc tỉnh đã đổi khóa. Bản cập nhật tới sẽ ghi nhận lại khóa theo mã in trên công văn gửi kèm.

Gõ mã {code} để xác nhận.</translation>
    </message>
    <message>
        <source>&amp;Code of the recorded key:</source>
        <translation>&amp;Mã khóa đang ghi nhận:</translation>
    </message>
    <message>
        <source>Code of the recorded key</source>
        <translation>Mã khóa đang ghi nhận</translation>
    </message>
    <message>
        <source>Forget the key</source>
        <translation>Bỏ khóa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The province did not publish version(s) {versions}: stop using them</source>
        <translation>Tỉnh chưa phát hành phiên bản {versions}: thôi dùng</translation>
    </message>
    <message>
        <source>The key was not forgotten</source>
        <translation>Chưa bỏ khóa</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History across periods — {indicator}</source>
        <translation>Diễn biến qua các kỳ — {indicator}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No target is assigned for this indicator.</source>
        <translation>Chưa có chỉ tiêu giao cho chỉ tiêu này.</translation>
    </message>
    <message>
        <source>Dashed red line: the target. </source>
        <translation>Đường đỏ đứt nét: chỉ tiêu giao. </translation>
    </message>
    <message>
        <source>the running total since the start of the term</source>
        <translation>lũy kế từ đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>each period&apos;s result</source>
        <translation>kết quả từng kỳ</translation>
    </message>
    <message>
        <source>Target: {targets}. {target_line}Blue line: {series} (4 points a year: Quarter I, 6 months, 9 months, whole year).</source>
        <translation>Chỉ tiêu: {targets}. {target_line}Đường xanh: {series} (mỗi năm 4 điểm: Quý I, 6 tháng, 9 tháng, cả năm).</translation>
    </message>
    <message>
        <source>Term total so far</source>
        <translation>Lũy kế nhiệm kỳ</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Against the target</source>
        <translation>So với chỉ tiêu</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>No figures entered for this indicator in any period.</source>
        <translation>Chưa nhập số liệu kỳ nào cho chỉ tiêu này.</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Chưa giao</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Nobody is logged in: the figures are hidden until someone logs in.</source>
        <translation>Chưa ai đăng nhập: số liệu được che cho đến khi có người đăng nhập.</translation>
    </message>
    <message>
        <source>Locked: the figures are hidden until the password is typed again.</source>
        <translation>Đã khóa: số liệu được che cho đến khi nhập lại mật khẩu.</translation>
    </message>
    <message>
        <source>“{typed}”, which you had not saved yet with Enter, is dropped: the figures were changed elsewhere meanwhile and this cell no longer takes one.</source>
        <translation>“{typed}” (bạn chưa nhấn Enter để lưu) bị bỏ: trong lúc đó số liệu đã được thay đổi ở nơi khác và ô này không còn nhận số liệu.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <source>Changed elsewhere meanwhile: this cell&apos;s saved figure is now {saved}. Yours, “{typed}”, is not saved yet: Enter saves it instead, Esc keeps what is saved.</source>
        <translation>trong lúc đó ô này đã được sửa ở nơi khác: số liệu đã lưu nay là {saved}. Số bạn gõ, “{typed}”, chưa được lưu: Enter để lưu số của bạn thay vào, Esc để giữ số đã lưu.</translation>
    </message>
    <message>
        <source>Not saved yet: “{typed}”, as you left it. Enter saves it, Esc leaves the cell as it was.</source>
        <translation>Chưa lưu: “{typed}”, như lúc bạn để lại. Enter để lưu, Esc để giữ ô như cũ.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Receive reports</source>
        <translation>Nhận báo cáo</translation>
    </message>
    <message>
        <source>Period: {period}. Report deadline: {deadline}; a report received after that day is late.</source>
        <translation>Kỳ báo cáo: {period}. Hạn gửi báo cáo: {deadline}; báo cáo nhận sau ngày này là trễ hạn.</translation>
    </message>
    <message>
        <source>&amp;Folder of the files received by e-mail:</source>
        <translation>&amp;Thư mục chứa các tệp nhận qua thư điện tử:</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Date of receipt (decides which reports are late)</source>
        <translation>Ngày nhận (dùng để xác định báo cáo trễ hạn)</translation>
    </message>
    <message>
        <source>Date of receipt</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Type the date of receipt as day/month/year, for example {example}.</source>
        <translation>Gõ ngày nhận theo dạng ngày/tháng/năm, ví dụ {example}.</translation>
    </message>
    <message>
        <source>Date of receipt &quot;{text}&quot; is not a day/month/year, for example {example}.</source>
        <translation>Ngày nhận &quot;{text}&quot; không đúng dạng ngày/tháng/năm, ví dụ {example}.</translation>
    </message>
    <message>
        <source>Date of receipt {date} does not exist: there is no month {month}.</source>
        <translation>Ngày nhận {date} không có thật: không có tháng {month}.</translation>
    </message>
    <message>
        <source>Date of receipt {date} does not exist: {month}/{year} has {days} days.</source>
        <translation>Ngày nhận {date} không có thật: tháng {month}/{year} chỉ có {days} ngày.</translation>
    </message>
    <message>
        <source>Date of receipt {date} is before {year}, the first year of the reports.</source>
        <translation>Ngày nhận {date} trước năm {year}, năm đầu tiên có kỳ báo cáo.</translation>
    </message>
    <message>
        <source>Folder: type the folder holding the report files received by e-mail, or press &quot;Choose…&quot; to find it; then read the folder.</source>
        <translation>Thư mục: gõ thư mục chứa các tệp báo cáo nhận qua thư điện tử, hoặc bấm “Chọn…” để tìm; rồi bấm “Đọc thư mục”.</translation>
    </message>
    <message>
        <source>Choose the date on a calendar</source>
        <translation>Chọn ngày trên lịch</translation>
    </message>
    <message>
        <source>Choose the folder holding the report files received by e-mail</source>
        <translation>Chọn thư mục chứa các tệp báo cáo nhận qua thư</translation>
    </message>
    <message>
        <source>Every report of this folder is counted as received on {date}, not after the deadline {deadline}; a report that says it was made after {date} is named when read, to check the date.</source>
        <translation>Mọi báo cáo trong thư mục được tính là nhận ngày {date}, không sau hạn {deadline}; báo cáo ghi ngày lập sau ngày {date} sẽ được nêu tên khi đọc, để kiểm tra lại ngày.</translation>
    </message>
    <message>
        <source>The date of receipt cannot be after today ({today}).</source>
        <translation>Ngày nhận không thể sau hôm nay ({today}).</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Chọ&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Each file&apos;s own date: the day it was saved from the e-mail (its modification date)</source>
        <translation>Ngày của từng tệ&amp;p: ngày tệp được lưu từ thư điện tử (ngày sửa đổi của tệp)</translation>
    </message>
    <message>
        <source>&amp;One date for the whole folder:</source>
        <translation>&amp;Một ngày nhận chung cho cả thư mục:</translation>
    </message>
    <message>
        <source>&amp;Read the folder</source>
        <translation>Đọ&amp;c thư mục</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>The files of the folder have the same modification time ({time}), as if just copied: each file&apos;s date of receipt will be the day of copying. Choose &quot;One date for the whole folder&quot; and type the day the e-mails arrived.</source>
        <translation>Các tệp trong thư mục có cùng giờ sửa ({time}), có vẻ vừa được chép sang: ngày nhận của từng tệp sẽ là ngày chép. Nên chọn &quot;Một ngày nhận chung cho cả thư mục&quot; và gõ ngày nhận thư.</translation>
    </message>
    <message>
        <source>The files of the folder have the same modification time ({time}), as if just copied: each file&apos;s own date would be the day of copying, so one date for the whole folder is chosen. Type the day the e-mails arrived.</source>
        <translation>Các tệp trong thư mục có cùng giờ sửa ({time}), có vẻ vừa được chép sang: ngày sửa của từng tệp sẽ là ngày chép, nên đã chọn một ngày nhận chung cho cả thư mục. Hãy gõ ngày nhận thư.</translation>
    </message>
    <message>
        <source>Not read yet: the date of receipt below is now the one for this folder. Check it, then read the folder.</source>
        <translation>Chưa đọc thư mục: ngày nhận dưới đây nay là ngày nhận của thư mục này. Xem lại rồi bấm “Đọc thư mục”.</translation>
    </message>
    <message>
        <source>Each file is late if it was saved after {deadline}.</source>
        <translation>Tệp nào được lưu sau ngày {deadline} là trễ hạn.</translation>
    </message>
    <message>
        <source>Every report of this folder is counted as received on {date}: after the deadline {deadline}, so late.</source>
        <translation>Mọi báo cáo trong thư mục được tính là nhận ngày {date}: sau hạn {deadline}, nên trễ hạn.</translation>
    </message>
</context>
<context>
    <name>IssuedDialog</name>
    <message>
        <source>The approved report of {period} is exported with them again: they go with its code, not with one approval. Reopened and approved again with the same figures and text (the same code), the report keeps this number and date. Only a report changed after reopening (another code) takes another number and date, asked at its first export.</source>
        <translation>Báo cáo đã duyệt {period} xuất lại vẫn mang số và ngày này: số và ngày gắn với mã xác thực của báo cáo, không gắn với một lần duyệt. Mở lại rồi duyệt lại với cùng số liệu và thuyết minh (cùng mã xác thực) thì báo cáo vẫn giữ số và ngày này. Chỉ báo cáo đã sửa sau khi mở lại (mã xác thực khác) mới mang số và ngày khác, hỏi ở lần xuất đầu tiên của báo cáo đó.</translation>
    </message>
    <message>
        <source>Number and date of the report</source>
        <translation>Số và ngày của báo cáo</translation>
    </message>
    <message>
        <source>Document number:</source>
        <translation>Số văn bản:</translation>
    </message>
    <message>
        <source>Report date:</source>
        <translation>Ngày báo cáo:</translation>
    </message>
    <message>
        <source>The approved report of {period} was already exported for the province with this number and date; it is exported with them again. For another number or date, a leader reopens the period and approves it again; its next export asks them again.</source>
        <translation>Báo cáo đã duyệt {period} đã xuất gửi tỉnh với số và ngày này; xuất lại vẫn giữ số và ngày đó. Cần số hoặc ngày khác: Lãnh đạo mở lại kỳ báo cáo rồi duyệt lại; lần xuất tiếp theo sẽ hỏi lại số và ngày.</translation>
    </message>
    <message>
        <source>This number and date were recorded by the restore at {time} from the data it replaced: the province holds the report of this code with them.</source>
        <translation>Số và ngày này do lần khôi phục lúc {time} ghi lại từ dữ liệu lần đó thay thế: tỉnh giữ báo cáo của mã này với số và ngày đó.</translation>
    </message>
    <message>
        <source>……/{symbol} (written by hand on the paper)</source>
        <translation>……/{symbol} (viết tay trên bản in)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>KeyConfirmDialog</name>
    <message>
        <source>Confirming a key:</source>
        <translation>Khi xác nhận khóa:</translation>
    </message>
    <message>
        <source>the unit&apos;s confirmed key, if you confirm another, is replaced and kept in the history; the reports it signed still count;</source>
        <translation>nếu xác nhận một khóa khác, khóa đã xác nhận của đơn vị được thay và lưu trong lịch sử; các báo cáo ký bằng khóa đó vẫn được tính;</translation>
    </message>
    <message>
        <source>the unit&apos;s other keys awaiting confirmation are revoked and kept in the history; a report one of them signed stops counting, the unit then counting as not sent for its period until a report signed by the confirmed key is received;</source>
        <translation>các khóa khác của đơn vị đang chờ xác nhận bị thu hồi và lưu trong lịch sử; báo cáo ký bằng một trong các khóa đó không còn được tính, đơn vị được coi là chưa gửi kỳ đó cho đến khi nhận được báo cáo ký bằng khóa được xác nhận;</translation>
    </message>
    <message>
        <source>files signed by the confirmed key and refused before (signature mismatch) count only once their folder is read again: the box after the confirmation offers it.</source>
        <translation>các tệp ký bằng khóa được xác nhận mà trước đó bị từ chối (chữ ký không khớp) chỉ được tính khi đọc lại thư mục chứa chúng: hộp thông báo sau khi xác nhận có nút để đọc lại.</translation>
    </message>
    <message>
        <source>Confirm key — {unit}</source>
        <translation>Xác nhận khóa — {unit}</translation>
    </message>
    <message>
        <source>Take the signed and stamped paper report of {unit} and type the code printed after &quot;Mã khóa của máy lập&quot; at its foot (four groups of four letters and digits). Do not copy it from the screen: the confirmation is worth only what the paper is.</source>
        <translation>Lấy báo cáo giấy có chữ ký, đóng dấu của {unit} và gõ mã in sau dòng &quot;Mã khóa của máy lập&quot; ở cuối báo cáo (bốn nhóm, mỗi nhóm bốn chữ cái và chữ số). Không chép mã từ màn hình: xác nhận chỉ đáng tin khi mã được lấy từ bản giấy.</translation>
    </message>
    <message>
        <source>&amp;Key code on the paper:</source>
        <translation>&amp;Mã khóa in trên báo cáo giấy:</translation>
    </message>
    <message>
        <source>Key code on the paper</source>
        <translation>Mã khóa in trên báo cáo giấy</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Key not confirmed</source>
        <translation>Không xác nhận được khóa</translation>
    </message>
    <message>
        <source>A key of two units</source>
        <translation>Một khóa của hai đơn vị</translation>
    </message>
    <message>
        <source>Confirm it as shared by these units? Answer Yes only if the signed paper reports of all of them print this same key code.</source>
        <translation>Xác nhận là khóa dùng chung của các đơn vị này? Chỉ chọn Có khi báo cáo giấy có chữ ký của tất cả các đơn vị đó cùng in mã khóa này.</translation>
    </message>
    <message>
        <source>Confirm a revoked key again</source>
        <translation>Xác nhận lại khóa đã thu hồi</translation>
    </message>
    <message>
        <source>Confirm this revoked key again? Answer Yes only if the revocation was a mistake: the unit&apos;s computer was not lost and its key did not leak.</source>
        <translation>Xác nhận lại khóa đã thu hồi này? Chỉ chọn Có nếu việc thu hồi là nhầm: máy của đơn vị không bị mất và khóa không bị lộ.</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Key code</source>
        <translation>Mã khóa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Confirmed (when, by)</source>
        <translation>Xác nhận (lúc, người)</translation>
    </message>
    <message>
        <source>Also signs for</source>
        <translation>Cũng ký cho</translation>
    </message>
    <message>
        <source>read {date}</source>
        <translation>đọc {date}</translation>
    </message>
    <message>
        <source>{file}: the first file signed by this key, read {when}</source>
        <translation>{file}: tệp đầu tiên ký bằng khóa này, đọc lúc {when}</translation>
    </message>
    <message>
        <source>. No file signed by this key is stored (its files were refused): the date shown is the day this file was received.</source>
        <translation>. Chưa lưu tệp nào ký bằng khóa này (các tệp đều bị từ chối): ngày trong cột là ngày nhận tệp này.</translation>
    </message>
    <message>
        <source>. No file signed by this key is stored (its files were refused), so no date of receipt is known for it: the day shown is the day the program read the file.</source>
        <translation>. Chưa lưu tệp nào ký bằng khóa này (các tệp đều bị từ chối), nên không có ngày nhận: ngày trong cột là ngày chương trình đọc tệp.</translation>
    </message>
    <message>
        <source>First received</source>
        <translation>Nhận lần đầu</translation>
    </message>
    <message>
        <source>Replaced, revoked (when, by)</source>
        <translation>Thay, thu hồi (lúc, người)</translation>
    </message>
    <message>
        <source>DRAFT, not approved</source>
        <translation>BẢN DỰ THẢO, chưa duyệt</translation>
    </message>
    <message>
        <source>Approved {date}, by {who}</source>
        <translation>Đã duyệt ngày {date}, người duyệt {who}</translation>
    </message>
    <message>
        <source>Approved {date}</source>
        <translation>Đã duyệt ngày {date}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Mã xác thực</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Duyệt</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Chấp nhận</translation>
    </message>
    <message>
        <source>{name} (code {code}, {state})</source>
        <translation>{name} (mã {code}, {state})</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Accepted {when}</source>
        <translation>Đã chấp nhận {when}</translation>
    </message>
    <message>
        <source>Awaiting acceptance: not counted</source>
        <translation>Chờ chấp nhận: chưa tính</translation>
    </message>
    <message>
        <source>Choose in the list the key to confirm first: type the unit&apos;s name in Find, then press Down.</source>
        <translation>Hãy chọn trong danh sách khóa cần xác nhận trước: gõ tên đơn vị vào ô Tìm, rồi nhấn phím Xuống.</translation>
    </message>
    <message>
        <source>The unit&apos;s other keys: {keys}.</source>
        <translation>Khóa khác của đơn vị: {keys}.</translation>
    </message>
    <message>
        <source>Key confirmed</source>
        <translation>Đã xác nhận khóa</translation>
    </message>
    <message>
        <source>&amp;Read the folder {folder} again…</source>
        <translation>Đọc &amp;lại thư mục {folder}…</translation>
    </message>
    <message>
        <source>Choose in the list the key to revoke first: type the unit&apos;s name in Find, then press Down.</source>
        <translation>Hãy chọn trong danh sách khóa cần thu hồi trước: gõ tên đơn vị vào ô Tìm, rồi nhấn phím Xuống.</translation>
    </message>
    <message>
        <source>Key {code} of {unit} is already revoked.</source>
        <translation>Khóa {code} của {unit} đã bị thu hồi rồi.</translation>
    </message>
    <message>
        <source>Revoked key {code} of {unit}: {effect}</source>
        <translation>Đã thu hồi khóa {code} của {unit}: {effect}</translation>
    </message>
    <message>
        <source>Choose in the list of unsigned files one not yet accepted first.</source>
        <translation>Hãy chọn trước trong danh sách tệp chưa ký một tệp chưa được chấp nhận.</translation>
    </message>
    <message>
        <source>The file {file} is already accepted.</source>
        <translation>Tệp {file} đã được chấp nhận rồi.</translation>
    </message>
    <message>
        <source>Accepted the unsigned file {file} of {unit} (fingerprint {fingerprint}).</source>
        <translation>Đã nhận tệp chưa ký {file} của {unit} (mã xác thực {fingerprint}).</translation>
    </message>
    <message>
        <source>Count the unsigned file {file} of {unit} ({period})?</source>
        <translation>Tính tệp chưa ký {file} của {unit} ({period}) vào tổng hợp?</translation>
    </message>
    <message>
        <source>This is a DRAFT, not approved by the leader.</source>
        <translation>Đây là BẢN DỰ THẢO, chưa được lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>Its figures may not be those of the approved report on the paper.</source>
        <translation>Số liệu của bản này có thể không phải số liệu của báo cáo đã duyệt in trên giấy.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Bản:</translation>
    </message>
    <message>
        <source>Made at:</source>
        <translation>Lập lúc:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Mã xác thực:</translation>
    </message>
    <message>
        <source>{file}: {version}, made at {made}</source>
        <translation>{file}: {version}, lập lúc {made}</translation>
    </message>
    <message>
        <source>The approved one is {file} (made at {made}): accept it if the paper is the approved report.</source>
        <translation>Bản đã duyệt là {file} (lập lúc {made}): nếu báo cáo giấy là bản đã duyệt, hãy chọn bản đó.</translation>
    </message>
    <message>
        <source>None of them is approved.</source>
        <translation>Không bản nào đã được duyệt.</translation>
    </message>
    <message>
        <source>Another version of the same unit and period with the same fingerprint is also waiting:</source>
        <translation>Cùng đơn vị, cùng kỳ còn bản khác có cùng mã xác thực cũng đang chờ:</translation>
    </message>
    <message>
        <source>The fingerprint covers the figures only: it does not tell a draft from the approved report.</source>
        <translation>Mã xác thực chỉ tính trên số liệu: không phân biệt bản dự thảo với bản đã duyệt.</translation>
    </message>
    <message>
        <source>An unsigned file does not prove who made it: anyone can change its figures and compute its fingerprint again. Accept it only after comparing its fingerprint, its approval and when it was made with the unit&apos;s signed and stamped paper report, or after confirming it with the unit by telephone. Once accepted, its figures count in the consolidation.</source>
        <translation>Tệp chưa ký không chứng minh được ai đã lập: bất kỳ ai cũng có thể sửa số liệu rồi tính lại mã xác thực. Chỉ nhận sau khi đã so mã xác thực, bản dự thảo hay đã duyệt và thời điểm lập với báo cáo giấy có chữ ký, đóng dấu của đơn vị, hoặc đã gọi điện xác nhận với đơn vị. Sau khi nhận, số liệu của tệp được tính vào tổng hợp.</translation>
    </message>
    <message>
        <source>DRAFT (not approved)</source>
        <translation>BẢN DỰ THẢO (chưa duyệt)</translation>
    </message>
    <message>
        <source>Approved on {date}, approved by {who}</source>
        <translation>Đã duyệt ngày {date}, người duyệt {who}</translation>
    </message>
    <message>
        <source>Approved on {date}</source>
        <translation>Đã duyệt ngày {date}</translation>
    </message>
    <message>
        <source>Approved (the file does not say when or by whom)</source>
        <translation>Đã duyệt (tệp không ghi ngày duyệt, người duyệt)</translation>
    </message>
    <message>
        <source>A unit&apos;s key is registered from its first signed file, awaiting confirmation: its reports count, marked. Confirm it by typing the key code printed on the unit&apos;s signed and stamped paper report. A file signed by another key is refused as &quot;Signature mismatch&quot; until its key is confirmed. A key that also signs another unit&apos;s files is marked in &quot;Also signs for&quot;: while awaiting confirmation it counts for none of those units.</source>
        <translation>Khóa của một đơn vị được ghi nhận từ tệp có chữ ký đầu tiên, ở trạng thái chờ xác nhận: báo cáo vẫn được tính, có đánh dấu. Xác nhận khóa bằng cách gõ mã khóa in trên báo cáo giấy có chữ ký, đóng dấu của đơn vị. Tệp ký bằng khóa khác bị từ chối (&quot;Chữ ký không khớp&quot;) cho đến khi khóa đó được xác nhận. Khóa cũng ký tệp của đơn vị khác được đánh dấu ở cột &quot;Cũng ký cho&quot;: khi còn chờ xác nhận, khóa đó không được tính cho đơn vị nào trong số đó.</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>T&amp;rạng thái:</translation>
    </message>
    <message>
        <source>Confirm ke&amp;y…</source>
        <translation>&amp;Xác nhận khóa…</translation>
    </message>
    <message>
        <source>Rev&amp;oke key…</source>
        <translation>Th&amp;u hồi khóa…</translation>
    </message>
    <message>
        <source>&amp;Accept unsigned file…</source>
        <translation>Nhận tệ&amp;p chưa ký…</translation>
    </message>
    <message>
        <source>Confirmed key {code} of {unit}: from now on the province receives only files of this unit signed by it.</source>
        <translation>Đã xác nhận khóa {code} của {unit}: từ nay tỉnh chỉ nhận tệp của đơn vị này ký bằng khóa đó.</translation>
    </message>
    <message>
        <source> (of {units} units)</source>
        <translation> (của {units} đơn vị)</translation>
    </message>
    <message>
        <source>Keys: {confirmed} confirmed, {pending} awaiting confirmation{of_units}, {replaced} replaced, {revoked} revoked; {without} of the {units} units have no key in use.</source>
        <translation>{confirmed} khóa đã xác nhận, {pending} khóa chờ xác nhận{of_units}, {replaced} khóa đã thay, {revoked} khóa đã thu hồi; {without}/{units} đơn vị chưa có khóa đang dùng.</translation>
    </message>
    <message>
        <source>Revoke a key</source>
        <translation>Thu hồi khóa</translation>
    </message>
    <message>
        <source>Revoked key {code} of {unit}.</source>
        <translation>Đã thu hồi khóa {code} của {unit}.</translation>
    </message>
    <message>
        <source>Accept an unsigned file</source>
        <translation>Nhận tệp chưa ký</translation>
    </message>
    <message>
        <source>Find a commune or ward (accents optional) or a code…</source>
        <translation>Tìm xã, phường (không dấu cũng được) hoặc mã…</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <source>Filter by key state</source>
        <translation>Lọc theo trạng thái khóa</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Compare the chosen unit&apos;s key with the code on its signed paper report</source>
        <translation>So khóa của đơn vị đang chọn với mã in trên báo cáo giấy có chữ ký</translation>
    </message>
    <message>
        <source>Signing keys of the units</source>
        <translation>Khóa ký của các đơn vị</translation>
    </message>
    <message>
        <source>Unsigned files</source>
        <translation>Tệp chưa ký</translation>
    </message>
    <message>
        <source>Unsigned files — {period}</source>
        <translation>Tệp chưa ký — {period}</translation>
    </message>
    <message>
        <source>Files without a signature (the old format, or sent unsigned) do not count until the province accepts them one by one, after checking them against the paper report.</source>
        <translation>Tệp không có chữ ký (định dạng cũ, hoặc gửi không ký) chưa được tính cho đến khi tỉnh nhận từng tệp, sau khi đã đối chiếu với báo cáo giấy.</translation>
    </message>
</context>
<context>
    <name>LegacyTextDialog</name>
    <message>
        <source>Text in an old font</source>
        <translation>Văn bản gõ bằng phông cũ</translation>
    </message>
    <message>
        <source>&lt;b&gt;{field}&lt;/b&gt;: the text seems typed in a {font} font. As it is, it prints as odd characters on the report, in the Excel file and in the province&apos;s data.&lt;br&gt;&lt;br&gt;&lt;b&gt;Convert it to Unicode?&lt;/b&gt;</source>
        <translation>&lt;b&gt;{field}&lt;/b&gt;: đoạn văn có vẻ gõ bằng phông {font}. Để nguyên thì sẽ in ra thành ký tự lạ trên báo cáo, trong tệp Excel và trong số liệu của tỉnh.&lt;br&gt;&lt;br&gt;&lt;b&gt;Chuyển sang Unicode?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In Unicode it reads</source>
        <translation>Đoạn văn khi chuyển sang Unicode</translation>
    </message>
    <message>
        <source>In Unicode it reads:</source>
        <translation>Khi chuyển, đoạn văn sẽ là:</translation>
    </message>
    <message>
        <source>&amp;Convert to Unicode</source>
        <translation>Chuyển sang &amp;Unicode</translation>
    </message>
    <message>
        <source>&amp;Keep as typed</source>
        <translation>&amp;Giữ nguyên như đã gõ</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Locked — {program}</source>
        <translation>Đã khóa — {program}</translation>
    </message>
    <message>
        <source>The window was locked after {minutes} minutes without use. {name} ({role}): type your password to go on working, or log out to let another person log in.</source>
        <translation>Cửa sổ đã khóa sau {minutes} phút không sử dụng. {name} ({role}): nhập mật khẩu để làm việc tiếp, hoặc đăng xuất để người khác đăng nhập.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
</context>
<context>
    <name>LockMinutesBox</name>
    <message>
        <source> minutes</source>
        <translation> phút</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Không khóa</translation>
    </message>
    <message>
        <source>Lock the window after this many minutes without use</source>
        <translation>Khóa cửa sổ sau số phút không sử dụng này</translation>
    </message>
    <message>
        <source>&amp;Lock the window after:</source>
        <translation>&amp;Khóa cửa sổ sau:</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log in — {program}</source>
        <translation>Đăng nhập — {program}</translation>
    </message>
    <message>
        <source>Log in with the account the administrator gave you.</source>
        <translation>Đăng nhập bằng tài khoản được quản trị viên cấp.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Lan&amp;guage (Ngôn ngữ):</source>
        <translation>Ngôn n&amp;gữ (Language):</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Message</source>
        <translation>Thông báo</translation>
    </message>
    <message>
        <source>History across periods…</source>
        <translation>Diễn biến qua các kỳ…</translation>
    </message>
    <message>
        <source>The selected indicator&apos;s value across the periods, against its target (Ctrl+H)</source>
        <translation>Giá trị của chỉ tiêu đang chọn qua các kỳ, so với chỉ tiêu giao (Ctrl+H)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Indicator figures</source>
        <translation>Số liệu các chỉ tiêu</translation>
    </message>
    <message>
        <source>Report narrative</source>
        <translation>Thuyết minh báo cáo</translation>
    </message>
    <message>
        <source>How complete the entry is</source>
        <translation>Mức độ nhập đủ</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;Print the report…</source>
        <translation>&amp;In báo cáo…</translation>
    </message>
    <message>
        <source>Preview and print the PDF report of the period shown, as it is exported</source>
        <translation>Xem trước và in báo cáo PDF của kỳ đang xem, đúng như tệp xuất ra</translation>
    </message>
    <message>
        <source>Se&amp;nd to the province…</source>
        <translation>&amp;Gửi cho tỉnh…</translation>
    </message>
    <message>
        <source>Export the period&apos;s two files and open an e-mail to the province with both attached</source>
        <translation>Xuất hai tệp của kỳ báo cáo và mở thư gửi tỉnh có đính kèm cả hai</translation>
    </message>
    <message>
        <source>&amp;Back up to…</source>
        <translation>&amp;Sao lưu ra…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <source>Log in as another &amp;account…</source>
        <translation>Đăng nhập &amp;tài khoản khác…</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Đăng x&amp;uất</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Mark as &amp;complete</source>
        <translation>Đánh dấu &amp;hoàn thành</translation>
    </message>
    <message>
        <source>&amp;Approve the period</source>
        <translation>&amp;Duyệt kỳ báo cáo</translation>
    </message>
    <message>
        <source>&amp;Reopen the period…</source>
        <translation>&amp;Mở lại kỳ báo cáo…</translation>
    </message>
    <message>
        <source>&amp;Sign the report digitally…</source>
        <translation>&amp;Ký số báo cáo…</translation>
    </message>
    <message>
        <source>The leader signs the approved period&apos;s exported PDF report with the token (chữ ký số)</source>
        <translation>Lãnh đạo ký số báo cáo PDF đã xuất của kỳ đã duyệt bằng thiết bị ký số (token)</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>Kỳ &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>Kỳ &amp;sau</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <source>Start-of-&amp;term figures…</source>
        <translation>Số liệu đầu &amp;nhiệm kỳ…</translation>
    </message>
    <message>
        <source>Commune&apos;s &amp;own targets…</source>
        <translation>Chỉ tiêu &amp;xã tự đặt…</translation>
    </message>
    <message>
        <source>The province&apos;s &amp;indicator list…</source>
        <translation>&amp;Bộ chỉ tiêu của tỉnh…</translation>
    </message>
    <message>
        <source>&amp;Update the indicator catalogue…</source>
        <translation>&amp;Cập nhật bộ chỉ tiêu…</translation>
    </message>
    <message>
        <source>Import the catalogue update file the province sent (.chitieu-catalog.json)</source>
        <translation>Nhập tệp cập nhật bộ chỉ tiêu do tỉnh gửi (.chitieu-catalog.json)</translation>
    </message>
    <message>
        <source>&amp;History of the selected indicator…</source>
        <translation>&amp;Diễn biến chỉ tiêu đang chọn…</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Quản trị</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Change log…</source>
        <translation>&amp;Nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge changes made outside the program…</source>
        <translation>Xác nhận đã kiểm tra thay đổi ngoài &amp;chương trình…</translation>
    </message>
    <message>
        <source>The administrator records having checked the changes the history found made outside the program: after it they no longer stop approving, exporting and signing</source>
        <translation>Quản trị viên ghi nhận đã kiểm tra các thay đổi ngoài chương trình mà lịch sử số liệu tìm thấy: sau đó chúng không còn chặn duyệt, xuất báo cáo và ký số</translation>
    </message>
    <message>
        <source>&amp;Forget the province&apos;s recorded key…</source>
        <translation>&amp;Bỏ khóa của tỉnh đã ghi nhận…</translation>
    </message>
    <message>
        <source>When the province says the key recorded at the first catalogue update is not its key, or that it changed its key</source>
        <translation>Khi tỉnh cho biết khóa ghi nhận ở lần cập nhật bộ chỉ tiêu đầu tiên không phải khóa của tỉnh, hoặc tỉnh đã đổi khóa</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Set by a leader or the administrator; shown beside the province&apos;s targets</source>
        <translation>Do Lãnh đạo hoặc Quản trị đặt; ghi bên cạnh chỉ tiêu tỉnh giao</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>How to &amp;enter figures</source>
        <translation>Cách &amp;nhập số liệu</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>{action} ({period}) {what}</source>
        <translation>{action} ({period}) {what}</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key cannot be read: {why}</source>
        <translation>Không đọc được khóa ký của máy này: {why}</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key is made at the first export of a report.</source>
        <translation>Khóa ký của máy này được tạo khi xuất báo cáo lần đầu.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key code: {code}&lt;br&gt;(printed on the report; the province compares it before accepting this computer&apos;s files)</source>
        <translation>Mã khóa ký của máy này: {code}&lt;br&gt;(in trên báo cáo; tỉnh đối chiếu mã này trước khi nhận tệp của máy này)</translation>
    </message>
    <message>
        <source>• Choose the period in the left column (the current period is selected already).
• Typing a number in a cell starts entering it; numbers are written the Vietnamese way: 1.234,5.
• Enter: save and go to the next indicator. Tab: save and go to the cell on the right.
• Each valid number is saved at once, there is no Save button.
• An invalid number: the cell turns red, the reason shows under the table, nothing is saved; Esc drops it and puts back the saved figure.
• Ctrl+Z: undo; Ctrl+Y: redo. Delete: clear the cell.
• Double-click an indicator&apos;s name (or Ctrl+H): its history across the periods.</source>
        <translation>• Chọn kỳ báo cáo ở cột bên trái (kỳ hiện tại được chọn sẵn).
• Gõ số vào ô là bắt đầu nhập; số viết kiểu Việt Nam: 1.234,5.
• Enter: lưu và xuống chỉ tiêu tiếp theo. Tab: lưu và sang ô bên phải.
• Mỗi số hợp lệ được lưu ngay, không cần bấm Lưu.
• Số không hợp lệ: ô tô đỏ, lý do hiện dưới bảng, chưa lưu gì; Esc bỏ số đó và trả lại số đã lưu.
• Ctrl+Z: hoàn tác; Ctrl+Y: làm lại. Delete: xóa ô.
• Nhấp đúp vào tên chỉ tiêu (hoặc Ctrl+H): xem diễn biến qua các kỳ.</translation>
    </message>
    <message>
        <source>• Ctrl+V: paste a block of figures copied from Excel, its first cell on the current cell; each figure is read as if typed, a refused one turns red with its reason, an empty cell clears nothing; Ctrl+Z undoes the paste.</source>
        <translation>• Ctrl+V: dán cả vùng số liệu chép từ Excel, ô đầu của vùng vào ô đang chọn; mỗi số được đọc như gõ tay, số không hợp lệ tô đỏ kèm lý do, ô trống không xóa số đã nhập; Ctrl+Z hoàn tác cả lần dán.</translation>
    </message>
    <message>
        <source>• Comment, explanation: Shift+Enter (or Alt+Enter) starts a new line in it, Enter saves it; the whole comment of the current row shows under the table.</source>
        <translation>• Ghi chú, giải trình: Shift+Enter (hoặc Alt+Enter) để xuống dòng trong ô, Enter để lưu; toàn bộ ghi chú của dòng đang chọn hiện dưới bảng.</translation>
    </message>
    <message>
        <source>• F1: this help.</source>
        <translation>• F1: xem trợ giúp này.</translation>
    </message>
    <message>
        <source>The figure typed in the selected cell is not saved: {reason}</source>
        <translation>Số vừa gõ ở ô đang chọn chưa được lưu: {reason}</translation>
    </message>
    <message>
        <source>Unit code {code} · Prepared by: {preparer} · Signed by: {title} {signer}</source>
        <translation>Mã đơn vị {code} · Người lập biểu: {preparer} · Người ký: {title} {signer}</translation>
    </message>
    <message>
        <source>{period} (approved, not sent)</source>
        <translation>{period} (đã duyệt, chưa gửi)</translation>
    </message>
    <message>
        <source>Report overdue: {periods}.</source>
        <translation>Quá hạn gửi báo cáo: {periods}.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>hôm nay là hạn</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>quá hạn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>đã qua</translation>
    </message>
    <message>
        <source> · Status: {state}</source>
        <translation> · Trạng thái: {state}</translation>
    </message>
    <message>
        <source>Data from {start} to {end} · Due {deadline} ({when})</source>
        <translation>Số liệu từ {start} đến {end} · Hạn gửi {deadline} ({when})</translation>
    </message>
    <message>
        <source>Account {name} ({role}) can only view the figures, and there is no data-entry officer&apos;s account yet: to enter figures, create one in {accounts} ({keys}), then log in with it ({switch}).</source>
        <translation>Tài khoản {name} ({role}) chỉ xem số liệu, và chưa có tài khoản Cán bộ nhập liệu nào: muốn nhập, tạo một tài khoản ở {accounts} ({keys}), rồi đăng nhập bằng tài khoản đó ({switch}).</translation>
    </message>
    <message>
        <source>Account {name} ({role}) can only view the figures, and there is no data-entry officer&apos;s account yet: the administrator creates one in {accounts}.</source>
        <translation>Tài khoản {name} ({role}) chỉ xem số liệu, và chưa có tài khoản Cán bộ nhập liệu nào: người quản trị tạo tài khoản ở {accounts}.</translation>
    </message>
    <message>
        <source>This period has been marked complete and waits for a leader&apos;s approval. Changing its figures takes it back to Entering; it must then be marked complete again.</source>
        <translation>Kỳ này đã đánh dấu Hoàn thành, đang chờ Lãnh đạo duyệt. Sửa số liệu sẽ đưa kỳ về Đang nhập; khi đó phải đánh dấu hoàn thành lại.</translation>
    </message>
    <message>
        <source>Last saved: {time}</source>
        <translation>Lần lưu gần nhất: {time}</translation>
    </message>
    <message>
        <source>This period is {state}: view only, it cannot be changed. To change it, a leader must reopen the period ({menu}).</source>
        <translation>Kỳ này {state}: chỉ xem, không sửa được. Muốn sửa, Lãnh đạo phải mở lại kỳ báo cáo ({menu}).</translation>
    </message>
    <message>
        <source>This period has been marked complete and waits for a leader&apos;s approval ({menu}).</source>
        <translation>Kỳ này đã được đánh dấu hoàn thành, chờ lãnh đạo duyệt ({menu}).</translation>
    </message>
    <message>
        <source>Not started yet: this period begins on {date} (its figures count from that day) and can be entered from then. The figures already here, entered with an earlier version of the program, are kept as they are: view only until then.</source>
        <translation>Chưa đến kỳ: kỳ này bắt đầu từ ngày {date} (số liệu của kỳ tính từ ngày đó), từ ngày đó mới nhập được. Số liệu đã có, nhập bằng phiên bản trước của chương trình, được giữ nguyên: đến khi đó chỉ xem.</translation>
    </message>
    <message>
        <source>Not started yet: this period begins on {date} (its figures count from that day) and can be entered from then. View only until then.</source>
        <translation>Chưa đến kỳ: kỳ này bắt đầu từ ngày {date} (số liệu của kỳ tính từ ngày đó), từ ngày đó mới nhập được. Đến khi đó chỉ xem.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) to review</source>
        <translation>
            <numerusform>%n lưu ý cần xem lại</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Đã lưu lúc {time}</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Chưa có số liệu nào</translation>
    </message>
    <message>
        <source>⚠ Figures changed after approval (approved on {date}): corrections made since in the earlier periods it uses would change:</source>
        <translation>⚠ Số liệu đã thay đổi sau khi duyệt (duyệt ngày {date}): những sửa đổi sau đó ở các kỳ trước mà kỳ này dùng số liệu sẽ làm thay đổi:</translation>
    </message>
    <message>
        <source>{indicator}: approved {approved} — now {live}</source>
        <translation>{indicator}: khi duyệt {approved} — nay {live}</translation>
    </message>
    <message>
        <source>…and {count} more (point here to see them all)</source>
        <translation>…và {count} chỉ tiêu khác (trỏ chuột vào đây để xem hết)</translation>
    </message>
    <message>
        <source>The report and the file for the province keep the approved figures. To use the new figures, a leader reopens the period and approves it again.</source>
        <translation>Báo cáo và tệp gửi tỉnh vẫn giữ số liệu đã duyệt. Muốn dùng số liệu mới, Lãnh đạo mở lại kỳ rồi duyệt lại.</translation>
    </message>
    <message>
        <source>Only a leader can reopen an approved period.</source>
        <translation>Chỉ Lãnh đạo mở lại được kỳ đã duyệt.</translation>
    </message>
    <message>
        <source>Reopen the period…</source>
        <translation>Mở lại kỳ…</translation>
    </message>
    <message>
        <source>&amp;Yes, put it there</source>
        <translation>Có, đưa &amp;vào ô đó</translation>
    </message>
    <message>
        <source>&amp;No, keep it as a comment</source>
        <translation>Không, giữ &amp;làm ghi chú</translation>
    </message>
    <message>
        <source>View only · Ctrl+C: copy a figure · Alt+PgUp / Alt+PgDown: previous, next period · F6: period list</source>
        <translation>Chỉ xem · Ctrl+C: chép số · Alt+PgUp / Alt+PgDown: kỳ trước, kỳ sau · F6: danh sách kỳ</translation>
    </message>
    <message>
        <source>Type a number · Enter: down · Tab: right · Ctrl+V: paste from Excel · Ctrl+Z: undo · F6: periods</source>
        <translation>Gõ số để nhập · Enter: xuống dòng · Tab: sang phải · Ctrl+V: dán từ Excel · Ctrl+Z: hoàn tác · F6: danh sách kỳ</translation>
    </message>
    <message>
        <source>Typed and not saved: {value}.</source>
        <translation>Đã gõ, chưa lưu: {value}.</translation>
    </message>
    <message>
        <source>You typed the number {number} in Comment. Put it in the cell {field}?</source>
        <translation>Bạn gõ số {number} vào Ghi chú. Đưa vào ô {field}?</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} hoặc {second}</translation>
    </message>
    <message>
        <source>The comment is only a number ({number}): if it is a figure, press Ctrl+Z, then type it in the cell for {cells}.</source>
        <translation>Ghi chú chỉ có một số ({number}): nếu đó là số liệu, bấm Ctrl+Z rồi gõ vào ô {cells}.</translation>
    </message>
    <message>
        <source>Could not move the number</source>
        <translation>Không chuyển được số</translation>
    </message>
    <message>
        <source>{indicator} — Comment to figure</source>
        <translation>{indicator} — Chuyển số từ Ghi chú</translation>
    </message>
    <message>
        <source>“{group}” is a group heading, it takes no figures: go down to an indicator&apos;s row (↓) and type in its Numerator / Value cell.</source>
        <translation>“{group}” là dòng tên nhóm, không nhập số liệu: xuống dòng một chỉ tiêu (phím ↓) rồi gõ số vào ô Tử số / Giá trị của chỉ tiêu đó.</translation>
    </message>
    <message>
        <source>Could not undo</source>
        <translation>Không hoàn tác được</translation>
    </message>
    <message>
        <source>no result yet</source>
        <translation>chưa có kết quả</translation>
    </message>
    <message>
        <source>(the report prints it rounded: {figure})</source>
        <translation>(báo cáo in làm tròn: {figure})</translation>
    </message>
    <message>
        <source>Saved: {name}: {stored}; result: {result}, {verdict}.</source>
        <translation>Đã lưu: {name}: {stored}; kết quả: {result}, {verdict}.</translation>
    </message>
    <message>
        <source>Saved: {name} — {field}: {stored}; result: {result}, {verdict}.</source>
        <translation>Đã lưu: {name} — {field}: {stored}; kết quả: {result}, {verdict}.</translation>
    </message>
    <message>
        <source>Saved: {name} — {result}, {verdict}.</source>
        <translation>Đã lưu: {name} — {result}, {verdict}.</translation>
    </message>
    <message>
        <source>✖ Not saved: {section}</source>
        <translation>✖ Chưa lưu: {section}</translation>
    </message>
    <message>
        <source>{indicator} — Comment</source>
        <translation>{indicator} — Ghi chú</translation>
    </message>
    <message>
        <source>Comment saved: {name}.</source>
        <translation>Đã lưu ghi chú: {name}.</translation>
    </message>
    <message>
        <source>Comment removed: {name}.</source>
        <translation>Đã xóa ghi chú: {name}.</translation>
    </message>
    <message>
        <source>Figure removed: {name} (Ctrl+Z brings it back).</source>
        <translation>Đã xóa số liệu: {name} (Ctrl+Z để lấy lại).</translation>
    </message>
    <message>
        <source>Figure removed: {name} — {field} (Ctrl+Z brings it back).</source>
        <translation>Đã xóa số liệu: {name} — {field} (Ctrl+Z để lấy lại).</translation>
    </message>
    <message>
        <source>{field} {value} (grey) is only proposed from {period}, not yet counted: select its cell and press Enter to accept it, or type another figure.</source>
        <translation>{field} {value} (màu xám) chỉ là số đề xuất lấy từ {period}, chưa được tính: chọn ô đó và nhấn Enter để nhận, hoặc gõ số khác.</translation>
    </message>
    <message>
        <source>The period is back to Entering: when done, mark it complete again ({keys}).</source>
        <translation>Kỳ đã trở về Đang nhập: khi xong, đánh dấu hoàn thành lại ({keys}).</translation>
    </message>
    <message>
        <source>Nothing saved: the periods marked Complete stay so and wait for a leader&apos;s approval.</source>
        <translation>Chưa lưu gì: các kỳ đã đánh dấu Hoàn thành vẫn giữ nguyên và chờ Lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>Nothing saved: {period} stays Complete and waits for a leader&apos;s approval.</source>
        <translation>Chưa lưu gì: kỳ {period} vẫn Hoàn thành, chờ Lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>✖ Not saved: {reason}</source>
        <translation>✖ Chưa lưu: {reason}</translation>
    </message>
    <message>
        <source>Correct it, or press Esc to drop it.</source>
        <translation>Sửa lại, hoặc nhấn Esc để bỏ.</translation>
    </message>
    <message>
        <source>⚠ Note: {warnings}</source>
        <translation>⚠ Lưu ý: {warnings}</translation>
    </message>
    <message>
        <source>Comment, explanation</source>
        <translation>Ghi chú, giải thích</translation>
    </message>
    <message>
        <source>Shift+Enter: a new line in it</source>
        <translation>Shift+Enter: xuống dòng trong ô</translation>
    </message>
    <message>
        <source> (Yes / No)</source>
        <translation> (Có / Không)</translation>
    </message>
    <message>
        <source>{label}: entered in Data › Start-of-term figures… (Enter opens it)</source>
        <translation>{label}: nhập ở Dữ liệu › Số liệu đầu nhiệm kỳ… (Enter để mở)</translation>
    </message>
    <message>
        <source> — selected cell: {what}</source>
        <translation> — ô đang chọn: {what}</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Chép</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Clear this cell</source>
        <translation>Xóa ô này</translation>
    </message>
    <message>
        <source>Select an indicator in the table before viewing its history.</source>
        <translation>Chọn một chỉ tiêu trong bảng trước khi xem diễn biến.</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Tài khoản người dùng</translation>
    </message>
    <message>
        <source>To change your own password: Administration › Change my password…</source>
        <translation>Đổi mật khẩu của chính mình: Quản trị › Đổi mật khẩu…</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <source>How to enter figures</source>
        <translation>Cách nhập số liệu</translation>
    </message>
    <message>
        <source>• F6: to the period list (the arrows choose a period, Enter goes back to the table); F6 again: the buttons under the table, then the table; Shift+F6: the other way.
• Alt+PgUp / Alt+PgDown: the previous / next period (Period menu).
• Ctrl+Tab or Ctrl+PgDown: the Report narrative tab; Ctrl+Shift+Tab or Ctrl+PgUp: back to the figures. Tab stays in the table, from cell to cell.</source>
        <translation>• F6: đến danh sách kỳ báo cáo (phím mũi tên chọn kỳ, Enter trở về bảng); F6 lần nữa: các nút dưới bảng, rồi lại về bảng; Shift+F6: theo chiều ngược lại.
• Alt+PgUp / Alt+PgDown: kỳ trước / kỳ sau (menu Kỳ báo cáo).
• Ctrl+Tab hoặc Ctrl+PgDown: sang thẻ Thuyết minh báo cáo; Ctrl+Shift+Tab hoặc Ctrl+PgUp: về lại số liệu. Tab vẫn ở trong bảng, đi từ ô này sang ô khác.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <source>Enter, follow and report the results of the 2026-2030 term&apos;s indicators of the communes and wards of Thái Nguyên province.</source>
        <translation>Nhập, theo dõi và báo cáo kết quả thực hiện chỉ tiêu nhiệm kỳ 2026-2030 của các xã, phường tỉnh Thái Nguyên.</translation>
    </message>
    <message>
        <source>Indicator catalogue version {version}.</source>
        <translation>Bộ chỉ tiêu phiên bản {version}.</translation>
    </message>
    <message>
        <source>…and {count} more</source>
        <translation>…và {count} ô khác</translation>
    </message>
    <message>
        <source>Go back and fix</source>
        <translation>Quay lại sửa</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not saved because the number typed is not valid:</source>
        <translation>
            <numerusform>%n ô chưa lưu vì số không hợp lệ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop those figures and go to {period}?</source>
        <translation>Bỏ các số đó và chuyển sang {period}?</translation>
    </message>
    <message>
        <source>Drop them and switch period</source>
        <translation>Bỏ các số đó, chuyển kỳ</translation>
    </message>
    <message>
        <source>Drop those figures and log out?</source>
        <translation>Bỏ các số đó và đăng xuất?</translation>
    </message>
    <message>
        <source>Drop them and log out</source>
        <translation>Bỏ các số đó, đăng xuất</translation>
    </message>
    <message>
        <source>Drop those figures and close the program?</source>
        <translation>Bỏ các số đó và đóng chương trình?</translation>
    </message>
    <message>
        <source>Drop them and close</source>
        <translation>Bỏ các số đó, đóng</translation>
    </message>
    <message>
        <source>Figures not saved</source>
        <translation>Số chưa được lưu</translation>
    </message>
    <message>
        <source>Not done: {action}.</source>
        <translation>Chưa làm: {action}.</translation>
    </message>
    <message>
        <source>Not done because it would use the figures saved before, not what the red cells show. Correct those cells, or clear them (Delete), then do it again.</source>
        <translation>Vì việc này sẽ dùng các số đã lưu trước đó, không phải số đang hiện trong các ô đỏ. Hãy sửa các ô đó, hoặc xóa đi (phím Delete), rồi làm lại.</translation>
    </message>
    <message>
        <source>Dropped “{typed}”, which was not saved: the cell shows the saved figure again: {saved}.</source>
        <translation>Đã bỏ “{typed}” (chưa được lưu): ô trở lại số đã lưu: {saved}.</translation>
    </message>
    <message>
        <source>Nothing pasted: no figure of the block falls on a cell to type in.</source>
        <translation>Không dán gì: không số nào của vùng dán rơi vào ô nhập được.</translation>
    </message>
    <message>
        <source>The block may be a row or a column off. Paste the other {count} cells anyway?</source>
        <translation>Vùng dán có thể bị lệch dòng hoặc lệch cột. Vẫn dán {count} ô còn lại?</translation>
    </message>
    <message>
        <source>&amp;Paste the others</source>
        <translation>&amp;Dán các ô còn lại</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t paste</source>
        <translation>&amp;Không dán</translation>
    </message>
    <message>
        <source>The block has {rows} rows, and from this indicator to the end of the table there are {left}: nothing pasted. Start higher, or copy fewer rows.</source>
        <translation>Vùng dán có {rows} dòng, từ chỉ tiêu này đến cuối bảng chỉ còn {left}: không dán gì. Hãy bắt đầu từ dòng cao hơn hoặc chép ít dòng hơn.</translation>
    </message>
    <message>
        <source>The block has {columns} columns, and from this cell to the right edge of the table there are {left}: nothing pasted. Start further left, or copy fewer columns.</source>
        <translation>Vùng dán có {columns} cột, từ ô này sang phải chỉ còn {left} cột: không dán gì. Hãy bắt đầu từ cột bên trái hơn hoặc chép ít cột hơn.</translation>
    </message>
    <message>
        <source>Could not paste</source>
        <translation>Không dán được</translation>
    </message>
    <message>
        <source>Paste of {count} cells</source>
        <translation>Dán {count} ô</translation>
    </message>
    <message>
        <source>Could not redo</source>
        <translation>Không làm lại được</translation>
    </message>
    <message>
        <source>Paste undone: {count} cells back as they were; cells in red, not saved, dropped: {dropped}.</source>
        <translation>Đã hoàn tác lần dán: {count} ô trở lại như cũ; bỏ các ô tô đỏ chưa lưu: {dropped}.</translation>
    </message>
    <message>
        <source>Paste undone: {count} cells back as they were.</source>
        <translation>Đã hoàn tác lần dán: {count} ô trở lại như trước.</translation>
    </message>
    <message>
        <source>Paste redone: {count} cells.</source>
        <translation>Đã dán lại {count} ô.</translation>
    </message>
    <message>
        <source>Pasted {count} of {total} cells, from “{first}” to “{last}”: the figures already entered, nothing changed.</source>
        <translation>Đã dán {count}/{total} ô, từ “{first}” đến “{last}”: đúng số đã nhập, không đổi gì.</translation>
    </message>
    <message>
        <source>✖ Cells not saved, in red: {count}. {reason}</source>
        <translation>✖ {count} ô không lưu, tô đỏ: {reason}</translation>
    </message>
    <message>
        <source>Pasted {count} of {total} cells, from “{first}” to “{last}”; Ctrl+Z undoes the whole paste.</source>
        <translation>Đã dán {count}/{total} ô, từ “{first}” đến “{last}”; Ctrl+Z hoàn tác cả lần dán.</translation>
    </message>
    <message>
        <source>Figures falling on cells not typed in, left out: {count} (the first: {indicator}, column {column}).</source>
        <translation>{count} số rơi vào ô không nhập đã bỏ qua (đầu tiên: {indicator}, cột {column}).</translation>
    </message>
    <message>
        <source>Empty cells of the block, which did not clear the figures entered: {count}.</source>
        <translation>{count} ô trống trong vùng dán không xóa số đã nhập.</translation>
    </message>
    <message>
        <source>Select a cell to type in (a figure or Comment) as the block&apos;s first cell, then paste again.</source>
        <translation>Hãy chọn một ô nhập (ô số liệu hoặc Ghi chú) làm ô đầu của vùng dán rồi dán lại.</translation>
    </message>
</context>
<context>
    <name>ModeDialog</name>
    <message>
        <source>Choose how this computer is used</source>
        <translation>Chọn chế độ sử dụng</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to {app}.&lt;/b&gt;&lt;br&gt;What will this computer be used for?</source>
        <translation>&lt;b&gt;Chào mừng đến với {app}.&lt;/b&gt;&lt;br&gt;Máy này dùng để làm gì?</translation>
    </message>
    <message>
        <source>Commune or &amp;ward</source>
        <translation>&amp;Xã, phường</translation>
    </message>
    <message>
        <source>&amp;Province office</source>
        <translation>&amp;Cấp tỉnh</translation>
    </message>
    <message>
        <source>Enter the indicator results, print the report and send the file to the province.</source>
        <translation>Nhập kết quả thực hiện chỉ tiêu, in báo cáo và gửi tệp cho tỉnh.</translation>
    </message>
    <message>
        <source>Receive the report files of the 92 communes and wards, check and consolidate them, update the indicator catalogue.</source>
        <translation>Nhận tệp báo cáo của 92 xã, phường, kiểm tra, tổng hợp, cập nhật bộ chỉ tiêu.</translation>
    </message>
    <message>
        <source>The province mode uses its own database, holding none of the communes&apos; and wards&apos; entered figures. This choice is recorded; later starts do not ask again.</source>
        <translation>Chế độ cấp tỉnh dùng cơ sở dữ liệu riêng, không chứa số liệu nhập của xã, phường. Lựa chọn này được ghi lại; các lần mở sau không hỏi lại.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Tiếp tục</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
</context>
<context>
    <name>NarrativePanel</name>
    <message>
        <source>The period&apos;s main results: indicators exceeded or met; what was done.</source>
        <translation>Những kết quả nổi bật trong kỳ: chỉ tiêu vượt, đạt; việc đã làm được.</translation>
    </message>
    <message>
        <source>Indicators not met, difficulties and their causes.</source>
        <translation>Chỉ tiêu chưa đạt, khó khăn và nguyên nhân.</translation>
    </message>
    <message>
        <source>The main tasks and measures for the next period.</source>
        <translation>Nhiệm vụ, giải pháp trọng tâm kỳ tới.</translation>
    </message>
    <message>
        <source>The narrative of this period&apos;s report (saved as you type):</source>
        <translation>Phần thuyết minh của báo cáo kỳ này (tự động lưu khi gõ):</translation>
    </message>
    <message>
        <source>The report is printed in Vietnamese (Decree 30/2020): type these sections in Vietnamese, they are printed as typed.</source>
        <translation>Báo cáo in bằng tiếng Việt (Nghị định 30/2020): gõ các phần này bằng tiếng Việt, báo cáo in nguyên văn như đã gõ.</translation>
    </message>
    <message>
        <source>Convert to &amp;Unicode</source>
        <translation>Chuyển sang &amp;Unicode</translation>
    </message>
    <message>
        <source>&amp;Keep as typed</source>
        <translation>Giữ &amp;nguyên như đã gõ</translation>
    </message>
    <message>
        <source>{count} characters left</source>
        <translation>Còn {count} ký tự</translation>
    </message>
    <message>
        <source>{count} characters over the limit of {most}</source>
        <translation>Quá {count} ký tự (tối đa {most})</translation>
    </message>
    <message>
        <source>{title}: the text seems typed in the {font} font and would print as odd characters; press “Convert to Unicode”.</source>
        <translation>{title}: đoạn văn có vẻ gõ bằng phông {font}, sẽ in ra thành ký tự lạ; bấm «Chuyển sang Unicode».</translation>
    </message>
    <message>
        <source>✖ Not saved — {reason} Your text is kept in the box below.</source>
        <translation>✖ Chưa lưu — {reason} Đoạn văn đã gõ vẫn giữ nguyên trong ô dưới đây.</translation>
    </message>
    <message>
        <source>Report text not saved</source>
        <translation>Thuyết minh chưa được lưu</translation>
    </message>
    <message>
        <source>Log out without this text?</source>
        <translation>Đăng xuất và bỏ đoạn văn này?</translation>
    </message>
    <message>
        <source>Log out without it</source>
        <translation>Đăng xuất, bỏ đoạn văn</translation>
    </message>
    <message>
        <source>Close the window without this text?</source>
        <translation>Đóng cửa sổ và bỏ đoạn văn này?</translation>
    </message>
    <message>
        <source>Go to the other period without this text?</source>
        <translation>Chuyển sang kỳ khác và bỏ đoạn văn này?</translation>
    </message>
    <message>
        <source>Back to the text</source>
        <translation>Quay lại sửa đoạn văn</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Đóng, bỏ đoạn văn</translation>
    </message>
    <message>
        <source>Go on without it</source>
        <translation>Chuyển kỳ, bỏ đoạn văn</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>Đặt mật khẩu của bạn</translation>
    </message>
    <message>
        <source>&amp;New password (at least 8 characters):</source>
        <translation>Mật khẩu &amp;mới (ít nhất 8 ký tự):</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>C&amp;hange the password</source>
        <translation>Đổ&amp;i mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
</context>
<context>
    <name>OwnTargetsDialog</name>
    <message>
        <source>The commune&apos;s own targets by year</source>
        <translation>Chỉ tiêu xã tự đặt theo năm</translation>
    </message>
    <message>
        <source>Targets the commune or ward sets itself for each year (for example “≥ 95”; “95” means at least 95; “Yes” for a yes/no indicator). Leave empty to remove. They are shown beside the province&apos;s targets, with the year&apos;s result against them; the assessment the province counts stays the one against the province&apos;s target.</source>
        <translation>Chỉ tiêu do xã, phường tự đặt cho từng năm (ví dụ “≥ 95”, “95” nghĩa là đạt ít nhất 95, “Có” cho chỉ tiêu Có/Không). Để trống để bỏ. Chỉ tiêu tự đặt được ghi bên cạnh chỉ tiêu tỉnh giao, kèm kết quả đánh giá theo chỉ tiêu tự đặt; kết quả tỉnh tính vẫn là đánh giá theo chỉ tiêu tỉnh giao.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <source>Province target</source>
        <translation>Tỉnh giao</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Chưa giao</translation>
    </message>
    <message>
        <source>The commune&apos;s own target for {year}: {indicator}</source>
        <translation>Chỉ tiêu xã tự đặt năm {year}: {indicator}</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) typed and not saved:</source>
        <translation>
            <numerusform>%n chỉ tiêu đã gõ nhưng chưa lưu:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) not saved because they are not valid:</source>
        <translation>
            <numerusform>%n chỉ tiêu tự đặt chưa lưu vì không hợp lệ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Close without them?</source>
        <translation>Đóng và bỏ các giá trị đó?</translation>
    </message>
    <message>
        <source>Close without them</source>
        <translation>Đóng, bỏ các giá trị đó</translation>
    </message>
    <message>
        <source>the periods marked Complete stay so and wait for a leader&apos;s approval.</source>
        <translation>các kỳ đã đánh dấu Hoàn thành vẫn giữ nguyên và chờ Lãnh đạo duyệt.</translation>
    </message>
    <message>
        <source>✖ Not saved ({indicator}, {year}): {reason}</source>
        <translation>✖ Chưa lưu ({indicator}, năm {year}): {reason}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>đã bỏ</translation>
    </message>
    <message>
        <source>Saved the own target for {year} — {indicator}: {target}.</source>
        <translation>Đã lưu chỉ tiêu tự đặt năm {year} — {indicator}: {target}.</translation>
    </message>
</context>
<context>
    <name>PeriodNavigator</name>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn gửi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Reporting period (cumulative from 1 January)</source>
        <translation>Kỳ báo cáo (lũy kế từ 1/1)</translation>
    </message>
    <message>
        <source>Assigned indicators with a result / due this period; those typed and waiting for the start-of-term figure are counted apart</source>
        <translation>Số chỉ tiêu giao có kết quả / số chỉ tiêu cần nhập kỳ này; chỉ tiêu đã nhập nhưng chờ số liệu đầu nhiệm kỳ được đếm riêng</translation>
    </message>
    <message>
        <source>Report deadline</source>
        <translation>Hạn gửi báo cáo</translation>
    </message>
    <message>
        <source>The period&apos;s status</source>
        <translation>Tình trạng của kỳ</translation>
    </message>
    <message>
        <source>Approved, overdue to send</source>
        <translation>Đã duyệt, quá hạn gửi</translation>
    </message>
    <message>
        <source>Complete, overdue</source>
        <translation>Hoàn thành, quá hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa đến kỳ</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <source>List of reporting periods</source>
        <translation>Danh sách kỳ báo cáo</translation>
    </message>
    <message>
        <source>{entered}/{required}, {waiting} waiting</source>
        <translation>{entered}/{required}, {waiting} chờ</translation>
    </message>
    <message>
        <source>{period} (current period)</source>
        <translation>{period} (kỳ hiện tại)</translation>
    </message>
    <message>
        <source>{status}: {counts}, due {deadline}</source>
        <translation>{status}: {counts}, hạn gửi {deadline}</translation>
    </message>
</context>
<context>
    <name>ProvinceFirstRunDialog</name>
    <message>
        <source>First-time setup — province office</source>
        <translation>Thiết lập lần đầu — cấp tỉnh</translation>
    </message>
    <message>
        <source>Province office</source>
        <translation>Cấp tỉnh</translation>
    </message>
    <message>
        <source>Each task has its role: a &lt;i&gt;Data-entry officer&lt;/i&gt; receives the communes&apos; reports, a &lt;i&gt;Leader&lt;/i&gt; confirms the units&apos; signing keys, the &lt;i&gt;Administrator&lt;/i&gt; makes the accounts and changes the settings, and does neither of the others. Make the accounts now, or later in &lt;i&gt;File › Accounts…&lt;/i&gt;; to do a task, log in with an account of its role (&lt;i&gt;File › Log out&lt;/i&gt;).</source>
        <translation>Mỗi việc có vai trò riêng: &lt;i&gt;Cán bộ nhập liệu&lt;/i&gt; nhận báo cáo của các xã, phường; &lt;i&gt;Lãnh đạo&lt;/i&gt; xác nhận khóa ký của các đơn vị; &lt;i&gt;Quản trị&lt;/i&gt; tạo tài khoản và thay đổi cài đặt, không làm hai việc kia. Tạo các tài khoản ngay bây giờ, hoặc sau này ở &lt;i&gt;Tệp › Tài khoản…&lt;/i&gt;; muốn làm việc nào, đăng nhập bằng tài khoản có vai trò đó (&lt;i&gt;Tệp › Đăng xuất&lt;/i&gt;).</translation>
    </message>
    <message>
        <source>The consolidated PDF report prints the signer&apos;s title and name at its end; it is not written without a name. You can change them later in &lt;i&gt;File › Settings…&lt;/i&gt;</source>
        <translation>Báo cáo tổng hợp PDF in chức vụ và họ tên người ký ở cuối; chưa có tên người ký thì không xuất được báo cáo. Có thể thay đổi sau ở &lt;i&gt;Tệp › Cài đặt…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The accounts the province&apos;s work needs</source>
        <translation>Các tài khoản công việc của tỉnh cần</translation>
    </message>
    <message>
        <source>&amp;Make the accounts…</source>
        <translation>&amp;Tạo tài khoản…</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>Tiế&amp;p tục</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Receiving the communes&apos; reports: an account with the role {role} — {accounts}.</source>
        <translation>Nhận báo cáo của các xã, phường: cần tài khoản vai trò {role} — {accounts}.</translation>
    </message>
    <message>
        <source>Confirming the units&apos; signing keys, accepting unsigned files: an account with the role {role} — {accounts}.</source>
        <translation>Xác nhận khóa ký của các đơn vị, nhận tệp chưa ký: cần tài khoản vai trò {role} — {accounts}.</translation>
    </message>
    <message>
        <source>Your account, {user}, is the Administrator&apos;s: it makes the accounts and changes the settings.</source>
        <translation>Tài khoản của bạn, {user}, là tài khoản Quản trị: dùng để tạo tài khoản và thay đổi cài đặt.</translation>
    </message>
</context>
<context>
    <name>ProvinceIntakeStop</name>
    <message>
        <source>The folder is still being read: {read} of {total} files read.</source>
        <translation>Thư mục vẫn đang được đọc: đã đọc {read}/{total} tệp.</translation>
    </message>
    <message>
        <source>The folder is still being read.</source>
        <translation>Thư mục vẫn đang được đọc.</translation>
    </message>
    <message>
        <source>Stop reading and close the window? The files read so far stay received; the file being read is received whole or not at all. Read the folder again later for the other files: those already received are not taken twice.</source>
        <translation>Dừng đọc và đóng cửa sổ? Các tệp đã đọc vẫn được nhận; tệp đang đọc dở được nhận trọn vẹn hoặc không nhận gì. Đọc lại thư mục sau để nhận các tệp còn lại: tệp đã nhận không bị nhận lại.</translation>
    </message>
    <message>
        <source>&amp;Stop reading and close</source>
        <translation>&amp;Dừng đọc và đóng</translation>
    </message>
    <message>
        <source>&amp;Keep reading</source>
        <translation>&amp;Tiếp tục đọc</translation>
    </message>
</context>
<context>
    <name>ProvinceRoles</name>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Tài khoản…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ProvinceSettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>The consolidated PDF report prints the signer&apos;s title and name at its end; it is not written without a name.</source>
        <translation>Báo cáo tổng hợp PDF in chức vụ và họ tên người ký ở cuối; chưa có tên người ký thì không xuất được báo cáo.</translation>
    </message>
    <message>
        <source>Without a key pressed or the mouse moved for this long, the window hides the figures and asks the password again. A setting of this computer, for everyone who uses the program on it.</source>
        <translation>Không bấm phím hay di chuột trong khoảng thời gian này thì cửa sổ che số liệu và hỏi lại mật khẩu. Đây là cài đặt của máy tính này, cho mọi người dùng chương trình trên máy.</translation>
    </message>
    <message>
        <source>Only an Administrator changes it.</source>
        <translation>Chỉ Quản trị thay đổi được cài đặt này.</translation>
    </message>
    <message>
        <source>Only an Administrator changes them.</source>
        <translation>Chỉ Quản trị được thay đổi các mục này.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ProvinceWindow</name>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Chưa ký</translation>
    </message>
    <message>
        <source>Awaiting the province&apos;s key check</source>
        <translation>Chờ tỉnh đối chiếu khóa</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Hợp lệ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Trùng</translation>
    </message>
    <message>
        <source>Altered</source>
        <translation>Đã bị sửa</translation>
    </message>
    <message>
        <source>Signature mismatch</source>
        <translation>Chữ ký không khớp</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>Khóa đã thu hồi</translation>
    </message>
    <message>
        <source>Wrong period</source>
        <translation>Sai kỳ</translation>
    </message>
    <message>
        <source>Not a report file</source>
        <translation>Không phải tệp báo cáo</translation>
    </message>
    <message>
        <source>Unsupported version</source>
        <translation>Phiên bản không hỗ trợ</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Tệp hỏng</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Chờ xác nhận</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Đã thay</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Đã thu hồi</translation>
    </message>
    <message>
        <source>Unsigned, accepted</source>
        <translation>Chưa ký, đã chấp nhận</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>ward</source>
        <translation>phường</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Chưa báo cáo</translation>
    </message>
    <message>
        <source>Key awaiting confirmation</source>
        <translation>Khóa chờ xác nhận</translation>
    </message>
    <message>
        <source>, another key awaiting confirmation</source>
        <translation>, khóa khác chờ xác nhận</translation>
    </message>
    <message>
        <source>Received (not kept)</source>
        <translation>Đã nhận (không giữ)</translation>
    </message>
    <message>
        <source>Valid (draft)</source>
        <translation>Hợp lệ (dự thảo)</translation>
    </message>
    <message>
        <source>Valid, not counted (unsigned)</source>
        <translation>Hợp lệ, chưa tính (chưa ký)</translation>
    </message>
    <message>
        <source>Valid, not counted (key to be checked)</source>
        <translation>Hợp lệ, chưa tính (khóa chờ đối chiếu)</translation>
    </message>
    <message>
        <source>Valid, not counted (key revoked)</source>
        <translation>Hợp lệ, không tính (khóa đã thu hồi)</translation>
    </message>
    <message>
        <source> ({refused} of the units not sent had a file refused because the province revoked the key that signed it)</source>
        <translation> (trong đó {refused} đơn vị có tệp bị từ chối vì khóa ký tệp đã bị tỉnh thu hồi)</translation>
    </message>
    <message>
        <source> ({refused} of the units not sent had a file refused, {revoked} because the province revoked the key that signed it)</source>
        <translation> (trong đó {refused} đơn vị có tệp bị từ chối, {revoked} đơn vị vì khóa ký tệp đã bị tỉnh thu hồi)</translation>
    </message>
    <message numerus="yes">
        <source>, %n unit(s) with a key awaiting confirmation</source>
        <translation>
            <numerusform>, %n đơn vị có khóa chờ xác nhận</numerusform>
        </translation>
    </message>
    <message>
        <source>, awaiting the province&apos;s key check {held}</source>
        <translation>, chờ tỉnh đối chiếu khóa {held}</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n file(s) that are not reports (each listed below, with what to do).</source>
        <translation>
            <numerusform>Bỏ qua %n tệp không phải báo cáo (từng tệp nêu ở dòng dưới, kèm việc cần làm).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n temporary, lock or hidden file(s).</source>
        <translation>
            <numerusform>Bỏ qua %n tệp tạm, tệp khóa hoặc tệp ẩn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report PDF(s) beside the Excel file of the same name: not read as a report, its digital signature checked with the Excel file.</source>
        <translation>
            <numerusform>%n báo cáo PDF gửi kèm tệp Excel cùng tên: không đọc như một báo cáo, chữ ký số của chúng được kiểm tra cùng tệp Excel.</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>units without a counted report (not sent, refused, or awaiting the province&apos;s check)</source>
        <translation>đơn vị chưa có báo cáo được tính (chưa gửi, bị từ chối, hoặc đang chờ tỉnh kiểm tra)</translation>
    </message>
    <message>
        <source>units whose counted report has no figure for the indicator</source>
        <translation>đơn vị có báo cáo được tính nhưng chưa nhập số liệu chỉ tiêu này</translation>
    </message>
    <message>
        <source>Blank while no unit has been judged met or not met. Annual targets are judged at the year&apos;s report, term targets at the report of {year}; until then &quot;In progress&quot;.</source>
        <translation>Để trống khi chưa có đơn vị nào được đánh giá đạt hay không đạt. Chỉ tiêu năm được đánh giá ở kỳ báo cáo năm, chỉ tiêu cả nhiệm kỳ ở kỳ báo cáo năm {year}; trước đó là &quot;Đang thực hiện&quot;.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Commune or ward</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Lập lúc</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Mã xác thực</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Digital signature (PDF)</source>
        <translation>Chữ ký số (PDF)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>the date given when the folder was read</source>
        <translation>ngày nhập khi đọc thư mục</translation>
    </message>
    <message>
        <source>the file&apos;s modification date</source>
        <translation>ngày sửa đổi của tệp</translation>
    </message>
    <message>
        <source>the day the file was made, its modification date being earlier</source>
        <translation>ngày lập tệp, vì ngày sửa đổi của tệp sớm hơn</translation>
    </message>
    <message>
        <source>the date given when the folder was read, or the file&apos;s modification date</source>
        <translation>ngày nhập khi đọc thư mục, hoặc ngày sửa đổi của tệp</translation>
    </message>
    <message>
        <source>Received on {date}: the date lateness is judged by ({source}). Read by the program at {time}.</source>
        <translation>Ngày nhận {date}: ngày dùng để tính trễ hạn ({source}). Chương trình đọc tệp lúc {time}.</translation>
    </message>
    <message>
        <source>{code} (written in the file, not checked: the file was changed)</source>
        <translation>{code} (ghi trong tệp, không kiểm được: tệp đã bị sửa)</translation>
    </message>
    <message>
        <source>{code} (written in the file, the signature does not match: the file was changed)</source>
        <translation>{code} (ghi trong tệp, chữ ký không khớp: tệp đã bị sửa)</translation>
    </message>
    <message>
        <source>{now} (when read: {then})</source>
        <translation>{now} (lúc nhận: {then})</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>, late</source>
        <translation>, trễ hạn</translation>
    </message>
    <message>
        <source>Read by the program at {time}.</source>
        <translation>Chương trình đọc tệp lúc {time}.</translation>
    </message>
    <message>
        <source>{then} when read · now {now}</source>
        <translation>{then} lúc nhận · nay {now}</translation>
    </message>
    <message>
        <source>The reason was written when the file was read, at {read}; since then, at {since}: {now}.</source>
        <translation>Lý do ghi lúc nhận tệp, {read}; sau đó, lúc {since}: {now}.</translation>
    </message>
    <message>
        <source>The reason was written when the file was read, at {read}; since then: {now}.</source>
        <translation>Lý do ghi lúc nhận tệp, {read}; sau đó: {now}.</translation>
    </message>
    <message>
        <source>{unit} (by the file&apos;s name)</source>
        <translation>{unit} (theo tên tệp)</translation>
    </message>
    <message>
        <source>Choose a unit to read its whole note here.</source>
        <translation>Chọn một đơn vị để đọc toàn bộ ghi chú ở đây.</translation>
    </message>
    <message>
        <source>No note.</source>
        <translation>Không có ghi chú.</translation>
    </message>
    <message>
        <source>To check one file on its own: chitieu verify FILE --code CODE in a command window (CODE: the key code or fingerprint printed on the paper report).</source>
        <translation>Kiểm tra riêng một tệp: chitieu verify TỆP --code MÃ trong cửa sổ lệnh (MÃ: mã khóa hoặc mã xác thực in trên báo cáo giấy).</translation>
    </message>
    <message>
        <source>chitieu verify checks an Excel file sent to the province: whole or changed, draft or approved, which key signed it, its printed &quot;Báo cáo&quot; sheet against its figures; --code tells whether the paper report is this file. A .pdf file: its digital signature.</source>
        <translation>chitieu verify kiểm tra tệp Excel gửi tỉnh: nguyên vẹn hay đã bị sửa, dự thảo hay đã duyệt, ký bằng khóa nào, trang &quot;Báo cáo&quot; (bảng in) có khớp số liệu không; --code cho biết báo cáo giấy có đúng là tệp này không. Tệp .pdf: kiểm tra chữ ký số.</translation>
    </message>
    <message>
        <source>Choose a file to read its whole reason here.</source>
        <translation>Chọn một tệp để đọc đầy đủ lý do ở đây.</translation>
    </message>
    <message>
        <source>(when read: {then})</source>
        <translation>(lúc nhận: {then})</translation>
    </message>
    <message>
        <source>received on {date}</source>
        <translation>nhận ngày {date}</translation>
    </message>
    <message>
        <source>signing key {key}</source>
        <translation>khóa ký {key}</translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation>Tì&amp;m:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>Each choice lists the units the line above counts: Received includes the late reports and the drafts, Late the late drafts, Not sent the units with a refused file.</source>
        <translation>Mỗi lựa chọn liệt kê các đơn vị mà dòng trên đếm: Đã nhận gồm cả báo cáo trễ hạn và dự thảo, Trễ hạn gồm cả dự thảo trễ hạn, Chưa gửi gồm cả đơn vị có tệp bị từ chối.</translation>
    </message>
    <message>
        <source>&amp;Only the files not received</source>
        <translation>&amp;Chỉ các tệp không được nhận</translation>
    </message>
    <message>
        <source>Counted: each file&apos;s signed &quot;Dữ liệu&quot; sheet; its &quot;Báo cáo&quot; sheet (the printed table) is not compared when received. To check one file: chitieu verify FILE</source>
        <translation>Số liệu được tính: trang &quot;Dữ liệu&quot; đã ký của mỗi tệp; trang &quot;Báo cáo&quot; (bảng in) không được đối chiếu khi nhận. Kiểm tra một tệp: chitieu verify TỆP</translation>
    </message>
    <message>
        <source>Read the folder a&amp;gain for {period}…</source>
        <translation>Đọc lại thư mục &amp;vào kỳ {period}…</translation>
    </message>
    <message>
        <source>Showing {period}: the period of the folder read last.</source>
        <translation>Đang xem {period}: kỳ của thư mục vừa đọc gần nhất.</translation>
    </message>
    <message>
        <source>Lateness judged by the date of receipt given: {date}.</source>
        <translation>Trễ hạn tính theo ngày nhận đã chọn: {date}.</translation>
    </message>
    <message>
        <source>Lateness judged by each file&apos;s modification date (not earlier than the day the file was made).</source>
        <translation>Trễ hạn tính theo ngày sửa đổi của từng tệp (không sớm hơn ngày lập tệp).</translation>
    </message>
    <message numerus="yes">
        <source>Not shown: %n later record(s) of a reading, changed, added or deleted outside the program.</source>
        <translation>
            <numerusform>Không hiện %n dòng ghi lần đọc sau đó bị sửa, thêm hoặc xóa ngoài phần mềm.</numerusform>
        </translation>
    </message>
    <message>
        <source>No folder has been read for {period}.</source>
        <translation>Chưa đọc thư mục nào cho {period}.</translation>
    </message>
    <message>
        <source>No folder has been read for {period} as the program recorded it.</source>
        <translation>Theo những gì phần mềm đã ghi, chưa đọc thư mục nào cho {period}.</translation>
    </message>
    <message>
        <source>Read elsewhere (on the command line, by another person or in a window closed since): folder {folder}, at {time}, by {person}. The files&apos; lines as recorded:</source>
        <translation>Đọc ở nơi khác (dòng lệnh, người khác hoặc cửa sổ đã đóng): thư mục {folder}, lúc {time}, người đọc {person}. Kết quả đã lưu của từng tệp:</translation>
    </message>
    <message>
        <source>The record of this reading was changed outside the program: its folder, reader and number of files are not as the program wrote them, and are not shown; its first file kept was read at {time}. The files&apos; lines as the program wrote them:</source>
        <translation>Dòng ghi lần đọc này bị sửa ngoài phần mềm: thư mục, người đọc và số tệp không còn như phần mềm đã ghi nên không hiện; tệp đầu tiên còn lưu được đọc lúc {time}. Kết quả phần mềm đã lưu của từng tệp:</translation>
    </message>
    <message>
        <source>This reading has not finished: its files are being read, or it stopped before its end.</source>
        <translation>Lần đọc này chưa xong: các tệp đang được đọc, hoặc đã dừng giữa chừng.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of this reading not shown: their lines are not as the program wrote them (changed outside the program).</source>
        <translation>
            <numerusform>%n tệp của lần đọc này không hiện: dòng ghi không còn như phần mềm đã ghi (bị sửa ngoài phần mềm).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused file(s) read by an earlier version of the program: their date of receipt was not kept.</source>
        <translation>
            <numerusform>%n tệp bị từ chối do phiên bản cũ của phần mềm đọc: không lưu ngày nhận.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not kept from a reading: the files skipped (temporary, lock or hidden), whether a date of receipt was typed (each file&apos;s recorded date is shown, lateness judged by it), and a refused file&apos;s key unless its reason names it.</source>
        <translation>Không lưu lại sau mỗi lần đọc: các tệp bỏ qua (tệp tạm, tệp khóa, tệp ẩn), việc có nhập ngày nhận hay không (mỗi tệp ghi ngày nhận đã lưu, trễ hạn tính theo ngày đó), và khóa của tệp bị từ chối nếu lý do không nêu.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Số đơn vị</translation>
    </message>
    <message>
        <source>Met or exceeded (%)</source>
        <translation>Tỷ lệ đạt, vượt (%)</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>Draft, late</source>
        <translation>Dự thảo, trễ hạn</translation>
    </message>
    <message>
        <source>, key awaiting confirmation</source>
        <translation>, khóa chờ xác nhận</translation>
    </message>
    <message>
        <source>Received {received}/{total}, late {late}, not sent {missing}</source>
        <translation>Đã nhận {received}/{total}, trễ hạn {late}, chưa gửi {missing}</translation>
    </message>
    <message>
        <source>, draft {draft}</source>
        <translation>, dự thảo {draft}</translation>
    </message>
    <message>
        <source>, unsigned awaiting acceptance {unsigned}</source>
        <translation>, chưa ký chờ chấp nhận {unsigned}</translation>
    </message>
    <message>
        <source> ({refused} of the units not sent had a file refused)</source>
        <translation> (trong đó {refused} đơn vị có tệp bị từ chối)</translation>
    </message>
    <message>
        <source>no files</source>
        <translation>không có tệp nào</translation>
    </message>
    <message numerus="yes">
        <source>Read %n file(s): {parts}.</source>
        <translation>
            <numerusform>Đã đọc %n tệp: {parts}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{app} — province</source>
        <translation>{app} — cấp tỉnh</translation>
    </message>
    <message>
        <source>Receiving and consolidating the reports of {count} communes and wards — indicator catalogue {version}</source>
        <translation>Nhận và tổng hợp báo cáo của {count} xã, phường — bộ chỉ tiêu {version}</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Units that have sent</source>
        <translation>Số đơn vị đã gửi</translation>
    </message>
    <message>
        <source>The names of the communes and wards that have not sent, to paste into a reminder e-mail</source>
        <translation>Tên các xã, phường chưa gửi, để dán vào thư nhắc</translation>
    </message>
    <message>
        <source>Reporting &amp;period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Reports sent by the units</source>
        <translation>Tình hình gửi báo cáo của các đơn vị</translation>
    </message>
    <message>
        <source>Results of the files received</source>
        <translation>Kết quả nhận tệp</translation>
    </message>
    <message>
        <source>Indicator summary</source>
        <translation>Tổng hợp chỉ tiêu</translation>
    </message>
    <message>
        <source>Differences between the units&apos; files and the province&apos;s results</source>
        <translation>Khác biệt giữa tệp của đơn vị và kết quả tỉnh tính</translation>
    </message>
    <message>
        <source>&amp;Receive reports from a folder…</source>
        <translation>&amp;Nhận báo cáo từ thư mục…</translation>
    </message>
    <message>
        <source>Export &amp;Excel summary table…</source>
        <translation>Xuất bảng tổng hợp &amp;Excel…</translation>
    </message>
    <message>
        <source>Export P&amp;DF report…</source>
        <translation>Xuất báo cáo PD&amp;F…</translation>
    </message>
    <message>
        <source>Export DHIS2 / AD&amp;X…</source>
        <translation>Xuất &amp;DHIS2 / ADX…</translation>
    </message>
    <message>
        <source>&amp;Copy the list of units not yet sent</source>
        <translation>&amp;Sao chép danh sách chưa gửi</translation>
    </message>
    <message>
        <source>Reports &amp;sent</source>
        <translation>Tình &amp;hình gửi báo cáo</translation>
    </message>
    <message>
        <source>Files recei&amp;ved</source>
        <translation>Kết &amp;quả nhận tệp</translation>
    </message>
    <message>
        <source>Indicator s&amp;ummary</source>
        <translation>Tổn&amp;g hợp chỉ tiêu</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Biểu đồ</translation>
    </message>
    <message>
        <source>Signing &amp;keys</source>
        <translation>Khó&amp;a ký</translation>
    </message>
    <message>
        <source>Print the s&amp;ummary report…</source>
        <translation>In báo cáo tổng &amp;hợp…</translation>
    </message>
    <message>
        <source>Preview and print the consolidated PDF report of the period shown, as it is exported</source>
        <translation>Xem trước và in báo cáo tổng hợp PDF của kỳ đang xem, đúng như tệp xuất ra</translation>
    </message>
    <message>
        <source>&amp;Publish an indicator catalogue update…</source>
        <translation>Phát hành cập nhật &amp;bộ chỉ tiêu…</translation>
    </message>
    <message>
        <source>&amp;Import trusted root certificates…</source>
        <translation>Nhập &amp;chứng thư gốc tin cậy…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Cà&amp;i đặt…</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>Ngôn ngữ &amp;giao diện</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>Tài &amp;khoản…</translation>
    </message>
    <message>
        <source>The people who use the program here: officers receive the reports, leaders confirm the keys, the administrator makes the accounts</source>
        <translation>Những người dùng chương trình ở đây: cán bộ nhận báo cáo, lãnh đạo xác nhận khóa, quản trị tạo tài khoản</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Đổi &amp;mật khẩu…</translation>
    </message>
    <message>
        <source>Log ou&amp;t</source>
        <translation>Đăng &amp;xuất</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation>Trợ g&amp;iúp</translation>
    </message>
    <message>
        <source>&amp;How reports are received and consolidated</source>
        <translation>&amp;Cách nhận và tổng hợp báo cáo</translation>
    </message>
    <message>
        <source>The report has no signer&apos;s name: its last page would end with &quot;{title}&quot; and nothing under it. Type the signer&apos;s full name in File › Settings… (the Settings… button opens it); the report is written once it is saved.</source>
        <translation>Báo cáo chưa có tên người ký: trang cuối sẽ chỉ có chức vụ &quot;{title}&quot;, không có tên bên dưới. Gõ họ tên người ký ở Tệp › Cài đặt… (nút Cài đặt… mở mục này); lưu xong, báo cáo được xuất.</translation>
    </message>
    <message>
        <source>The report has no signer&apos;s name: its last page would end with &quot;{title}&quot; and nothing under it. Ask the administrator to type the signer&apos;s full name in File › Settings…, then export again.</source>
        <translation>Báo cáo chưa có tên người ký: trang cuối sẽ chỉ có chức vụ &quot;{title}&quot;, không có tên bên dưới. Đề nghị quản trị viên gõ họ tên người ký ở Tệp › Cài đặt…, rồi xuất lại.</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Xuất báo cáo PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Đã đổi mật khẩu.</translation>
    </message>
    <message>
        <source>Import trusted root certificates</source>
        <translation>Nhập chứng thư gốc tin cậy</translation>
    </message>
    <message>
        <source>Certificates (*.cer *.crt *.pem *.der);;All files (*)</source>
        <translation>Chứng thư số (*.cer *.crt *.pem *.der);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Could not import the certificates</source>
        <translation>Không nhập được chứng thư</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n certificate(s):</source>
        <translation>
            <numerusform>Đã nhập %n chứng thư:</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the folder of reports again: the signatures are checked with them from the next reading on.</source>
        <translation>Hãy nhận lại thư mục báo cáo: chữ ký số được kiểm tra với các chứng thư này từ lần nhận sau.</translation>
    </message>
    <message>
        <source>These certificates were trusted already: nothing has changed.</source>
        <translation>Các chứng thư này đã được tin cậy từ trước: không có gì thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n certificate(s).</source>
        <translation>
            <numerusform>Đã nhập %n chứng thư.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published indicator catalogue {version}: {file}</source>
        <translation>Đã phát hành bộ chỉ tiêu {version}: {file}</translation>
    </message>
    <message>
        <source>Find a commune or ward (accents optional) or a code…</source>
        <translation>Tìm xã, phường (không dấu cũng được) hoặc mã…</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Lọc theo tình trạng</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>The certificates the reports&apos; digital signatures are checked against (the government CA&apos;s root and intermediates)</source>
        <translation>Các chứng thư dùng để kiểm tra chữ ký số trên báo cáo (chứng thư gốc và trung gian của CA Chính phủ)</translation>
    </message>
    <message>
        <source>Who prepares and who signs the consolidated report; when the window locks itself after minutes without use</source>
        <translation>Người lập biểu, người ký báo cáo tổng hợp; sau bao nhiêu phút không sử dụng thì cửa sổ tự khóa</translation>
    </message>
    <message>
        <source>Report deadline: {date}</source>
        <translation>Hạn gửi báo cáo: {date}</translation>
    </message>
    <message numerus="yes">
        <source>Copied the names of %n unit(s) not yet sent.</source>
        <translation>
            <numerusform>Đã sao chép tên %n đơn vị chưa gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading folder {folder} ({period})…</source>
        <translation>Đang đọc thư mục {folder} ({period})…</translation>
    </message>
    <message>
        <source>Receive reports</source>
        <translation>Nhận báo cáo</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>Đang đọc các tệp…</translation>
    </message>
    <message>
        <source>Stopped as asked; the files already read are still received.</source>
        <translation>Đã dừng theo yêu cầu; các tệp đã đọc vẫn được nhận.</translation>
    </message>
    <message>
        <source>What the file states and what the province computes</source>
        <translation>Nội dung khác biệt (tệp ghi / tỉnh tính lại)</translation>
    </message>
    <message numerus="yes">
        <source>Differences: what %n unit(s) stated that the province computes otherwise from the same inputs ({count}; shown, not counted)</source>
        <translation>
            <numerusform>Khác biệt: %n đơn vị có tệp ghi khác kết quả tỉnh tính lại từ cùng số liệu đầu vào ({count} mục; chỉ hiển thị, không tính vào tổng hợp)</numerusform>
        </translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Báo cáo PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the consolidated report (PDF) of {period}</source>
        <translation>Lưu báo cáo tổng hợp (PDF) {period}</translation>
    </message>
    <message>
        <source>Save the Excel summary table of {period}</source>
        <translation>Lưu bảng tổng hợp Excel {period}</translation>
    </message>
    <message>
        <source>Save the DHIS2/ADX file of {period}</source>
        <translation>Lưu tệp DHIS2/ADX {period}</translation>
    </message>
    <message>
        <source>Consolidating…</source>
        <translation>Đang tổng hợp…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Xong.</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Xuất tổng hợp</translation>
    </message>
    <message>
        <source>Written: {paths}</source>
        <translation>Đã ghi {paths}</translation>
    </message>
    <message>
        <source>Summary exported</source>
        <translation>Đã xuất số liệu tổng hợp</translation>
    </message>
    <message>
        <source>and {more} more</source>
        <translation>và {more} đơn vị khác</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) left out of the DHIS2 and ADX files: the key that signed the report awaits confirmation, so nothing yet shows the unit itself sent it ({names}). Compare each key&apos;s code with the code printed on the unit&apos;s signed paper report, confirm the right key (Signing keys › Confirm key…), then export again.</source>
        <translation>
            <numerusform>Chưa đưa vào tệp DHIS2 và ADX %n đơn vị có khóa chờ xác nhận: tỉnh chưa đối chiếu mã khóa ký tệp với báo cáo giấy có chữ ký, nên chưa biết chắc tệp do chính đơn vị gửi ({names}). Đối chiếu mã khóa của từng đơn vị với mã in trên báo cáo giấy có chữ ký, xác nhận khóa đúng (Khóa ký › Xác nhận khóa…), rồi xuất lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The summary of {period} is written:</source>
        <translation>Đã xuất số liệu tổng hợp {period}:</translation>
    </message>
    <message>
        <source>The program writes this column in Vietnamese only; each cell&apos;s whole text is in its tooltip.</source>
        <translation>Chương trình chỉ ghi cột này bằng tiếng Việt; toàn văn của từng ô hiện khi trỏ chuột vào ô.</translation>
    </message>
    <message>
        <source>(in Vietnamese)</source>
        <translation>(bằng tiếng Việt)</translation>
    </message>
    <message>
        <source>• Choose the period at the top. {intake}: the folder where the e-mailed files are saved, and the date of receipt that lateness is judged by. Each file is checked (the unit&apos;s key, the period, whether it was changed); “{received}” lists each file, the reason of a refused one in full under the table. Reading a folder again counts no file twice.
• “{sent}”: each unit&apos;s status for the period; search by name (accents optional) or code. {copy}: the names, for a reminder e-mail.
• “{keys}”: a unit&apos;s first signed file registers its key as awaiting confirmation (its figures count, marked). Compare the key code with the one printed on the unit&apos;s signed paper report, then {confirm} and type it. A file signed by another key is refused. An unsigned file counts only once accepted ({accept}), after comparing its authentication code with the paper.
• “{summary}” and “{charts}”: the period consolidated; {excel}, {pdf} and {print} (Ctrl+P) give it on paper.
• Ctrl+Tab or Ctrl+PgDown: the next tab; Ctrl+Shift+Tab or Ctrl+PgUp: the one before. Tab leaves a table; Alt and an underlined letter: that button, tab or field. F1: this help.</source>
        <translation>• Chọn kỳ báo cáo ở trên cùng. {intake}: thư mục lưu các tệp nhận qua thư điện tử, và ngày nhận dùng để xét trễ hạn. Mỗi tệp đều được kiểm tra (khóa ký của đơn vị, kỳ báo cáo, tệp có bị sửa không); thẻ “{received}” liệt kê từng tệp, lý do đầy đủ của tệp bị từ chối ở dưới bảng. Đọc lại một thư mục không tính tệp nào hai lần.
• “{sent}”: tình trạng của từng đơn vị trong kỳ; tìm theo tên (có dấu hoặc không) hoặc mã. {copy}: danh sách tên, để gửi thư nhắc.
• “{keys}”: tệp đã ký đầu tiên của một đơn vị ghi khóa của đơn vị vào sổ ở trạng thái chờ xác nhận (số liệu vẫn được tính, có đánh dấu). So mã khóa với mã in trên báo cáo giấy đã ký của đơn vị, rồi bấm {confirm} và gõ mã đó. Tệp ký bằng khóa khác bị từ chối. Tệp chưa ký chỉ được tính khi đã chấp nhận ({accept}), sau khi so mã xác thực với bản giấy.
• “{summary}” và “{charts}”: số liệu tổng hợp của kỳ; {excel}, {pdf} và {print} (Ctrl+P) cho bản giấy.
• Ctrl+Tab hoặc Ctrl+PgDown: sang thẻ sau; Ctrl+Shift+Tab hoặc Ctrl+PgUp: thẻ trước. Tab ra khỏi bảng; Alt và chữ cái gạch chân: nút, thẻ hoặc ô đó. F1: xem trợ giúp này.</translation>
    </message>
    <message>
        <source>The program&apos;s reasons in English where it can say them; a reason it says only in Vietnamese is shown as stored, led by “The program says (in Vietnamese):” in its tooltip and under the table.</source>
        <translation>Lý do bằng tiếng Anh khi chương trình nói được; lý do chương trình chỉ nói bằng tiếng Việt được hiển thị như đã lưu, mở đầu bằng “The program says (in Vietnamese):” trong chú thích và dưới bảng.</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Scheduled &amp;printing:</source>
        <translation>&amp;Hẹn giờ in:</translation>
    </message>
    <message>
        <source>&amp;Billing information:</source>
        <translation>Thông tin &amp;thanh toán:</translation>
    </message>
    <message>
        <source>Job &amp;priority:</source>
        <translation>Mức &amp;ưu tiên:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Trang bìa lệnh in</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Đầ&amp;u:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Cuối:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Giữ lại, chưa in</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Giờ cụ thể</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Không phân loại</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>Hạn chế</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Tuyệt mật</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Tìm t&amp;rong:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Kiểu tệp:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Chọn thư mục</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách địa điểm và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Địa điểm gần đây</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Có chắc muốn xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Ghi đè lên tệp này?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập một giá trị:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết…</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết…</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Rộng:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Cao:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Khay giấy:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ngang, đảo chiều</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Dọc, đảo chiều</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Thứ tự trang:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Số trang trên &amp;một tờ:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Point (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>mm</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Kh&amp;ông với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Tù&amp;y chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không ghi được vào tệp %1.
Hãy chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>Đã có tệp %1.
Ghi đè lên tệp đó?</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa cả trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Xem hai trang cạnh nhau</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Xem tất cả các trang</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang in</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Một số tùy chọn mâu thuẫn nhau. Hãy sửa lại.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Từ trang</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Ghi các trang hoặc khoảng trang, cách nhau bằng dấu phẩy; một khoảng là hai số nối bằng dấu gạch ngang. Ví dụ: 3,5-7,9 in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Phần đã chọn</translation>
    </message>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Nhóm trang:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập bản in</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>In theo bộ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>In ngược thứ tự</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Đen trắng</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Lật theo cạnh dài</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Lật theo cạnh ngắn</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Thuộc tín&amp;h</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Tệp &amp;ghi ra:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Cuộn đến đây</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Trên cùng</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Dưới cùng</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Sang trái một trang</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Lên một trang</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Sang phải một trang</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Xuống một trang</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RateOrHouseholds</name>
    <message>
        <source>to enter the households instead, delete the rate (Delete key)</source>
        <translation>để nhập theo số hộ, xóa tỷ lệ (phím Delete)</translation>
    </message>
    <message>
        <source>if the commune reports the rate, type the rate here, for example 1,25%</source>
        <translation>xã báo cáo theo tỷ lệ thì gõ tỷ lệ vào đây, ví dụ 1,25%</translation>
    </message>
    <message>
        <source>a rate typed with % (for example 1,25%) replaces the households entered</source>
        <translation>gõ tỷ lệ kèm dấu % (ví dụ 1,25%) sẽ thay cho số hộ đã nhập</translation>
    </message>
    <message>
        <source>by the rate</source>
        <translation>theo tỷ lệ</translation>
    </message>
    <message>
        <source>Replaces the rate entered before ({rate}); Ctrl+Z puts it back.</source>
        <translation>Thay cho tỷ lệ đã nhập trước đó ({rate}); Ctrl+Z để khôi phục.</translation>
    </message>
    <message>
        <source>Replaces the households entered before ({households}); Ctrl+Z puts them back.</source>
        <translation>Thay cho số hộ đã nhập trước đó ({households}); Ctrl+Z để khôi phục.</translation>
    </message>
</context>
<context>
    <name>ReferenceDialog</name>
    <message>
        <source>The province&apos;s indicator list (view only)</source>
        <translation>Bộ chỉ tiêu của tỉnh (chỉ để xem)</translation>
    </message>
    <message>
        <source>The indicators the province set for the 2026-2030 term (Appendix 1) and the 2026 resolution&apos;s indicators, so communes and wards know where the province is heading. They cannot be changed here. The list is in Vietnamese, as published.</source>
        <translation>Các chỉ tiêu tỉnh đặt ra cho nhiệm kỳ 2026-2030 (Phụ lục 1) và chỉ tiêu Nghị quyết năm 2026, để xã, phường biết tỉnh hướng tới đâu. Không sửa được ở đây.</translation>
    </message>
    <message>
        <source>Filter by keyword, with or without accents (for example: bao hiem)</source>
        <translation>Lọc theo từ khóa, có hoặc không dấu (ví dụ: bao hiem)</translation>
    </message>
    <message>
        <source>Appendix 1: the province&apos;s indicators ({count})</source>
        <translation>Phụ lục 1: chỉ tiêu của tỉnh ({count})</translation>
    </message>
    <message>
        <source>2026 resolution ({count})</source>
        <translation>Nghị quyết năm 2026 ({count})</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <source>2030 goal</source>
        <translation>Mục tiêu 2030</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Print the report</source>
        <translation>In báo cáo</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Preparing the report of {period} for printing…</source>
        <translation>Đang chuẩn bị báo cáo {period} để in…</translation>
    </message>
    <message>
        <source>Print the report — {period}</source>
        <translation>In báo cáo — {period}</translation>
    </message>
    <message>
        <source>Print… (Ctrl+P)</source>
        <translation>In… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>Choose the printer and print the report (Ctrl+P)</source>
        <translation>Chọn máy in và in báo cáo (Ctrl+P)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Thu phóng</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Could not print the report</source>
        <translation>Không in được báo cáo</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset the password</source>
        <translation>Đặt lại mật khẩu</translation>
    </message>
    <message>
        <source>A new password for {user} ({name}). It is temporary: when logging in with it, {user} is told you reset it and must at once choose a password of their own.</source>
        <translation>Mật khẩu mới cho {user} ({name}). Đây là mật khẩu tạm: khi đăng nhập bằng mật khẩu này, {user} được báo là bạn đã đặt lại và phải đặt ngay mật khẩu của mình.</translation>
    </message>
    <message>
        <source>&amp;New password (at least 8 characters):</source>
        <translation>Mật khẩu &amp;mới (ít nhất 8 ký tự):</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Nhập lại mật khẩu mới:</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Đặt &amp;lại</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
</context>
<context>
    <name>RestoreAtStartDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The database cannot be opened: {problem}</source>
        <translation>Không mở được cơ sở dữ liệu: {problem}</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Các bản sao lưu, mới nhất ở trên</translation>
    </message>
    <message>
        <source>Good backups, newest first</source>
        <translation>Các bản sao lưu tốt, mới nhất ở trên</translation>
    </message>
    <message>
        <source>{date} — {reason}</source>
        <translation>{date} — {reason}</translation>
    </message>
    <message>
        <source>Choose the backup to restore (newest first). The present data are backed up first and can be brought back later.</source>
        <translation>Chọn bản sao lưu cần khôi phục (mới nhất ở trên). Số liệu hiện tại được sao lưu trước và có thể lấy lại sau.</translation>
    </message>
    <message>
        <source>Restore one of the program&apos;s good backups (newest first). The damaged file is kept in the backup folder, it is not deleted.</source>
        <translation>Khôi phục một bản sao lưu tốt của chương trình (mới nhất ở trên). Tệp bị hỏng được giữ lại trong thư mục sao lưu, không bị xóa.</translation>
    </message>
    <message>
        <source>No good backup was found in {folder}. You can choose a backup file (for example on a USB stick).</source>
        <translation>Không có bản sao lưu tốt nào trong {folder}. Có thể chọn một tệp sao lưu khác (ví dụ trên USB).</translation>
    </message>
    <message>
        <source>&amp;Restore the chosen backup</source>
        <translation>&amp;Khôi phục bản đã chọn</translation>
    </message>
    <message>
        <source>&amp;Choose another backup file…</source>
        <translation>&amp;Chọn tệp sao lưu khác…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Chọn tệp sao lưu</translation>
    </message>
    <message>
        <source>Database (*.db)</source>
        <translation>Cơ sở dữ liệu (*.db)</translation>
    </message>
</context>
<context>
    <name>SendController</name>
    <message>
        <source>Could not send the report</source>
        <translation>Không gửi được báo cáo</translation>
    </message>
    <message>
        <source>Send to the province</source>
        <translation>Gửi cho tỉnh</translation>
    </message>
    <message>
        <source>Preparing the e-mail to the province…</source>
        <translation>Đang chuẩn bị thư gửi tỉnh…</translation>
    </message>
    <message>
        <source>{period} is not approved yet: what goes to the province is the DRAFT, and the province counts it as a draft until the approved report comes.</source>
        <translation>{period} chưa được duyệt: gửi cho tỉnh là bản DỰ THẢO, và tỉnh tính là bản dự thảo cho đến khi nhận được báo cáo đã duyệt.</translation>
    </message>
    <message>
        <source>Send the draft to the province?</source>
        <translation>Gửi bản dự thảo cho tỉnh?</translation>
    </message>
    <message>
        <source>Send the draft</source>
        <translation>Gửi bản dự thảo</translation>
    </message>
    <message>
        <source>The folder already has:
{files}

They cannot be sent as they are: {why}.

Sending needs a new export that replaces them, and the province may already have received them.</source>
        <translation>Thư mục đã có:
{files}

Không gửi được nguyên như vậy: {why}.

Muốn gửi phải xuất lại báo cáo và thay các tệp đó, mà tỉnh có thể đã nhận các tệp đó.</translation>
    </message>
    <message>
        <source>The digitally signed report in the folder is of that earlier export: it will not be sent. After the new export the leader signs the report again (Period › Sign the report digitally…), then sends.</source>
        <translation>Báo cáo đã ký số trong thư mục là của lần xuất trước đó nên sẽ không được gửi. Sau khi xuất lại, Lãnh đạo ký số lại báo cáo (Kỳ báo cáo › Ký số báo cáo…) rồi gửi.</translation>
    </message>
    <message>
        <source>Export the report again and replace these files?</source>
        <translation>Xuất lại báo cáo và thay các tệp này?</translation>
    </message>
    <message>
        <source>Export again and replace</source>
        <translation>Xuất lại và thay</translation>
    </message>
    <message>
        <source>Could not record the Exported status</source>
        <translation>Không ghi được trạng thái Đã xuất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SendDoneDialog</name>
    <message>
        <source>Send to the province</source>
        <translation>Gửi cho tỉnh</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>DRAFT (the period is not approved yet)</source>
        <translation>BẢN DỰ THẢO (kỳ báo cáo chưa được duyệt)</translation>
    </message>
    <message>
        <source>The e-mail to the province is ready: &lt;b&gt;{unit}&lt;/b&gt;, {period} — {state}.</source>
        <translation>Thư gửi tỉnh đã sẵn sàng: &lt;b&gt;{unit}&lt;/b&gt;, {period} — {state}.</translation>
    </message>
    <message>
        <source>To: {address}</source>
        <translation>Gửi đến: {address}</translation>
    </message>
    <message>
        <source>No address for the province yet: type it in the e-mail&apos;s To field. The administrator enters it once in File › Settings… (The province&apos;s e-mail address).</source>
        <translation>Chưa có địa chỉ thư của tỉnh: gõ vào ô Người nhận (To) của thư. Quản trị nhập địa chỉ này một lần ở Tệp › Cài đặt… (Địa chỉ thư điện tử của tỉnh).</translation>
    </message>
    <message>
        <source>The e-mail is open in this computer&apos;s mail program (Outlook, Thunderbird…), with both files attached: check it and press Send.</source>
        <translation>Đã mở thư trong chương trình thư điện tử của máy (Outlook, Thunderbird…), đính kèm cả hai tệp: kiểm tra rồi bấm Gửi.</translation>
    </message>
    <message>
        <source>The e-mail could not be opened: this computer has no mail program for .eml files. Use webmail, below.</source>
        <translation>Không mở được thư: máy này chưa có chương trình thư điện tử mở được tệp .eml. Dùng thư điện tử trên web (dòng dưới).</translation>
    </message>
    <message>
        <source>The folder is open with the report selected: {folder}</source>
        <translation>Đã mở thư mục, tệp báo cáo được chọn sẵn: {folder}</translation>
    </message>
    <message>
        <source>The folder is open: {folder}</source>
        <translation>Đã mở thư mục: {folder}</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Không mở được thư mục: {folder}</translation>
    </message>
    <message>
        <source>Subject and text of the e-mail copied: in webmail (Gmail, the province&apos;s mail…) paste them (Ctrl+V) into a new message and attach {files}.</source>
        <translation>Đã chép tiêu đề và nội dung thư: với thư điện tử trên web (Gmail, thư công vụ của tỉnh…), dán (Ctrl+V) vào thư mới rồi đính kèm {files}.</translation>
    </message>
    <message>
        <source>The clipboard could not be used: copy the subject and the text with the buttons below.</source>
        <translation>Không chép được vào bộ nhớ tạm: chép tiêu đề và nội dung thư bằng các nút bên dưới.</translation>
    </message>
    <message>
        <source>Attached as they are, not exported again: the digitally signed report {pdf} and {xlsx}, which records it.</source>
        <translation>Đính kèm nguyên các tệp đã có, không xuất lại: báo cáo đã ký số {pdf} và tệp {xlsx} ghi mã của bản ký số đó.</translation>
    </message>
    <message>
        <source>Attached as they are, not exported again (exported at {time}): {files}.</source>
        <translation>Đính kèm nguyên các tệp đã có, không xuất lại (xuất lúc {time}): {files}.</translation>
    </message>
    <message>
        <source>Exported now and attached: {files}.</source>
        <translation>Đã xuất mới và đính kèm: {files}.</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Tiêu đề: {subject}</translation>
    </message>
    <message>
        <source>E-mail file: {file}</source>
        <translation>Tệp thư: {file}</translation>
    </message>
    <message>
        <source>Authentication code: &lt;b&gt;{code}&lt;/b&gt;</source>
        <translation>Mã xác thực: &lt;b&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Copy the &amp;subject</source>
        <translation>Chép &amp;tiêu đề</translation>
    </message>
    <message>
        <source>Copy the &amp;text</source>
        <translation>Chép &amp;nội dung thư</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>First-time setup</source>
        <translation>Thiết lập lần đầu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Welcome to {program}.</source>
        <translation>Chào mừng đến với {program}.</translation>
    </message>
    <message>
        <source>Choose your commune or ward, and who prepares and who signs the report. You can change them later in &lt;i&gt;File › Settings…&lt;/i&gt;</source>
        <translation>Chọn xã, phường của đơn vị và người lập, người ký báo cáo. Có thể đổi lại sau trong &lt;i&gt;Tệp › Cài đặt…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Name of the commune or ward, with or without accents, e.g. dai phuc</source>
        <translation>Gõ tên xã, phường (có dấu hoặc không dấu), ví dụ: dai phuc</translation>
    </message>
    <message>
        <source>Search communes and wards</source>
        <translation>Tìm xã, phường</translation>
    </message>
    <message>
        <source>List of communes and wards</source>
        <translation>Danh sách xã, phường</translation>
    </message>
    <message>
        <source>Who prepares and who signs</source>
        <translation>Người lập biểu, người ký</translation>
    </message>
    <message>
        <source>Full name of the person who prepares the report</source>
        <translation>Họ và tên người lập biểu</translation>
    </message>
    <message>
        <source>Full name of the person who signs the report</source>
        <translation>Họ và tên người ký báo cáo</translation>
    </message>
    <message>
        <source>empty: {symbol}, the default</source>
        <translation>để trống: {symbol}, mặc định</translation>
    </message>
    <message>
        <source>Data cut-off day and report deadline</source>
        <translation>Ngày chốt số liệu và hạn gửi báo cáo</translation>
    </message>
    <message>
        <source>for example: baocao@thainguyen.gov.vn</source>
        <translation>ví dụ: baocao@thainguyen.gov.vn</translation>
    </message>
    <message>
        <source>The province&apos;s e-mail address</source>
        <translation>Địa chỉ thư điện tử của tỉnh</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Applies at once, to your account. Reports and files for the province stay in Vietnamese.</source>
        <translation>Áp dụng ngay, cho tài khoản của bạn. Báo cáo và tệp gửi tỉnh luôn bằng tiếng Việt.</translation>
    </message>
    <message>
        <source>Commune or &amp;ward</source>
        <translation>&amp;Xã, phường</translation>
    </message>
    <message>
        <source>&amp;Prepared by:</source>
        <translation>Người lập &amp;biểu:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>N&amp;gười ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Printed in the report&apos;s signature block; if another person signs, choose with ↑ ↓. Enter: Start.</source>
        <translation>In ở phần chữ ký của báo cáo; người khác ký thì chọn bằng ↑ ↓. Enter: Bắt đầu.</translation>
    </message>
    <message>
        <source>&amp;Document code:</source>
        <translation>Ký hiệu &amp;văn bản:</translation>
    </message>
    <message>
        <source>Data c&amp;ut-off on day (of the period&apos;s last month):</source>
        <translation>Chốt &amp;số liệu vào ngày (của tháng cuối kỳ):</translation>
    </message>
    <message>
        <source>&amp;Report due on day:</source>
        <translation>&amp;Hạn gửi báo cáo vào ngày:</translation>
    </message>
    <message>
        <source>&amp;Months after the period&apos;s last month:</source>
        <translation>Số &amp;tháng sau tháng cuối kỳ:</translation>
    </message>
    <message>
        <source>Sending the report to the province</source>
        <translation>Gửi báo cáo cho tỉnh</translation>
    </message>
    <message>
        <source>Where “Send to the province…” addresses the report. May stay empty if you do not know it yet; it can be entered or changed later in &lt;i&gt;File › Settings…&lt;/i&gt;</source>
        <translation>Địa chỉ mà “Gửi cho tỉnh…” gửi báo cáo đến. Có thể để trống nếu chưa biết; nhập hoặc sửa sau ở &lt;i&gt;Tệp › Cài đặt…&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The province&apos;s &amp;e-mail address:</source>
        <translation>Đị&amp;a chỉ thư điện tử của tỉnh:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>Bắ&amp;t đầu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Hủ&amp;y</translation>
    </message>
    <message>
        <source>Only an Administrator changes the unit&apos;s settings; your own setting here is the interface language.</source>
        <translation>Chỉ Quản trị thay đổi được cài đặt của đơn vị; ở đây bạn chỉ chọn ngôn ngữ giao diện của mình.</translation>
    </message>
    <message>
        <source>The report prints “{line}” (the default)</source>
        <translation>Báo cáo ghi “{line}” (mặc định)</translation>
    </message>
    <message>
        <source>The report prints “{line}”</source>
        <translation>Báo cáo ghi “{line}”</translation>
    </message>
    <message>
        <source>{name}  (code {code})</source>
        <translation>{name}  (mã {code})</translation>
    </message>
    <message>
        <source>“{typed}” matches {count} units: type more of the name, or the unit code.</source>
        <translation>“{typed}” khớp với {count} đơn vị: gõ thêm tên, hoặc gõ mã đơn vị.</translation>
    </message>
    <message>
        <source>Or choose one in the list with ↑ ↓, then Enter.</source>
        <translation>Hoặc chọn một đơn vị trong danh sách bằng ↑ ↓, rồi Enter.</translation>
    </message>
    <message>
        <source>Type the name of your commune or ward in the box above.</source>
        <translation>Gõ tên xã, phường của đơn vị vào ô phía trên.</translation>
    </message>
    <message>
        <source>No commune or ward found. Type the name again, with or without accents.</source>
        <translation>Không tìm thấy xã, phường nào. Gõ lại tên, có hoặc không dấu.</translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;{name}&lt;/b&gt; (unit code {code})</source>
        <translation>Đã chọn: &lt;b&gt;{name}&lt;/b&gt; (mã đơn vị {code})</translation>
    </message>
    <message>
        <source>No commune or ward chosen: type its name in the search box, then choose it in the list.</source>
        <translation>Chưa chọn xã, phường: gõ tên vào ô tìm kiếm rồi chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Typed and not saved:</source>
        <translation>Đã gõ, chưa lưu:</translation>
    </message>
    <message>
        <source>Quit and drop what was typed?</source>
        <translation>Thoát và bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <source>Quit without it</source>
        <translation>Thoát, bỏ những gì đã nhập</translation>
    </message>
    <message>
        <source>Type the name of your commune or ward, then choose it in the list.</source>
        <translation>Gõ tên xã, phường của đơn vị, rồi chọn trong danh sách.</translation>
    </message>
    <message>
        <source>The commune or ward of this program has not been chosen yet: no figures can be entered before it is.</source>
        <translation>Chưa chọn xã, phường cho phần mềm này: chưa nhập được số liệu trước khi chọn.</translation>
    </message>
    <message>
        <source>Choosing it is the Administrator&apos;s work: log in with the administrator account {users} and choose the commune or ward, who prepares and who signs the report. Then log in again with your own account.</source>
        <translation>Việc chọn là của Quản trị viên: đăng nhập bằng tài khoản quản trị {users} rồi chọn xã, phường, người lập biểu và người ký báo cáo. Sau đó đăng nhập lại bằng tài khoản của mình.</translation>
    </message>
    <message>
        <source>&amp;Log in with another account</source>
        <translation>Đăng nhập bằng tài khoản &amp;khác</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>The report is already signed digitally: {pdf} (folder {folder}), signed by {signers} at {time}. {xlsx} records it.</source>
        <translation>Báo cáo đã được ký số: {pdf} (thư mục {folder}), do {signers} ký lúc {time}. Tệp {xlsx} ghi mã của bản đã ký đó.</translation>
    </message>
    <message>
        <source>The report is already signed digitally: {pdf} (folder {folder}), signed by {signers}. {xlsx} records it.</source>
        <translation>Báo cáo đã được ký số: {pdf} (thư mục {folder}), do {signers} ký. Tệp {xlsx} ghi mã của bản đã ký đó.</translation>
    </message>
    <message>
        <source>The report is already signed digitally: {pdf} (folder {folder}). {xlsx} records it.</source>
        <translation>Báo cáo đã được ký số: {pdf} (thư mục {folder}). Tệp {xlsx} ghi mã của bản đã ký đó.</translation>
    </message>
    <message>
        <source>Signing again replaces {pdf} with a new signature and writes {xlsx} again: if the province has already received the signed pair, send it the new pair too. To send the signed pair as it is, nothing needs signing again.</source>
        <translation>Ký lại sẽ thay {pdf} bằng bản có chữ ký mới và ghi lại {xlsx}: nếu tỉnh đã nhận cặp tệp đã ký thì phải gửi lại cặp tệp mới. Muốn gửi cặp tệp đã ký như hiện có thì không cần ký lại.</translation>
    </message>
    <message>
        <source>Sign the report digitally</source>
        <translation>Ký số báo cáo</translation>
    </message>
    <message>
        <source>&lt;b&gt;{unit}&lt;/b&gt;, {period}: the exported report &lt;i&gt;{pdf}&lt;/i&gt; is signed into &lt;i&gt;{signed}&lt;/i&gt; beside it, and the Excel file is written again with the signed PDF&apos;s code. Send the province both files.</source>
        <translation>&lt;b&gt;{unit}&lt;/b&gt;, {period}: báo cáo đã xuất &lt;i&gt;{pdf}&lt;/i&gt; được ký số thành tệp &lt;i&gt;{signed}&lt;/i&gt; bên cạnh, và tệp Excel được ghi lại kèm mã của bản PDF đã ký. Gửi tỉnh cả hai tệp.</translation>
    </message>
    <message>
        <source>Folder of the exported report</source>
        <translation>Thư mục đã xuất báo cáo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Token (USB digital signature device)</source>
        <translation>Thiết bị ký số (token USB)</translation>
    </message>
    <message>
        <source>Certificate file (.p12, .pfx)</source>
        <translation>Tệp chứng thư số (.p12, .pfx)</translation>
    </message>
    <message>
        <source>Sign with:</source>
        <translation>Ký bằng:</translation>
    </message>
    <message>
        <source>not chosen yet: the administrator chooses it in File › Settings… › Digital signature</source>
        <translation>chưa chọn: Quản trị chọn ở Tệp › Cài đặt… › Chữ ký số</translation>
    </message>
    <message>
        <source>Token library:</source>
        <translation>Thư viện thiết bị ký số:</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>Tệp chứng thư số</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Tệp chứng thư số:</translation>
    </message>
    <message>
        <source>PIN or password of the organisation&apos;s certificate</source>
        <translation>Mã PIN hoặc mật khẩu chứng thư số của cơ quan</translation>
    </message>
    <message>
        <source>Organisation&apos;s PIN ({what}):</source>
        <translation>Mã PIN của cơ quan ({what}):</translation>
    </message>
    <message>
        <source>The PIN is asked each time and never kept. A token locks itself after a few wrong PINs in a row.</source>
        <translation>Mã PIN được hỏi mỗi lần ký và không bao giờ được lưu. Thiết bị ký số tự khóa sau vài lần nhập sai mã PIN liên tiếp.</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ký số</translation>
    </message>
    <message>
        <source>Sign the report with this certificate all the same?</source>
        <translation>Vẫn ký số báo cáo bằng chứng thư này?</translation>
    </message>
    <message>
        <source>Check the certificate</source>
        <translation>Kiểm tra chứng thư số</translation>
    </message>
    <message>
        <source>&amp;Sign anyway</source>
        <translation>Vẫn &amp;ký số</translation>
    </message>
    <message>
        <source>Do &amp;not sign</source>
        <translation>Khô&amp;ng ký</translation>
    </message>
    <message>
        <source>&amp;Send to the province…</source>
        <translation>&amp;Gửi cho tỉnh…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Báo cáo đã ký số</translation>
    </message>
    <message>
        <source>&amp;Send the signed pair to the province…</source>
        <translation>&amp;Gửi cặp tệp đã ký cho tỉnh…</translation>
    </message>
    <message>
        <source>Sign &amp;again</source>
        <translation>&amp;Ký lại</translation>
    </message>
    <message>
        <source>Certificate file&apos;s password:</source>
        <translation>Mật khẩu tệp chứng thư số:</translation>
    </message>
    <message>
        <source>Token PIN:</source>
        <translation>Mã PIN của thiết bị ký số:</translation>
    </message>
    <message>
        <source>The certificate file&apos;s password is asked each time and never kept.</source>
        <translation>Mật khẩu tệp chứng thư số được hỏi mỗi lần ký và không bao giờ được lưu.</translation>
    </message>
    <message>
        <source>Certificate files (*.p12 *.pfx)</source>
        <translation>Tệp chứng thư số (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Could not sign the report</source>
        <translation>Không ký số được báo cáo</translation>
    </message>
    <message>
        <source>Signed by {signers} at {time}:
{pdf}

The Excel file {xlsx} was written again with the signed PDF&apos;s code. Send the province both files.</source>
        <translation>Đã ký số bởi {signers} lúc {time}:
{pdf}

Tệp Excel {xlsx} đã được ghi lại kèm mã của bản PDF đã ký. Gửi tỉnh cả hai tệp.</translation>
    </message>
    <message>
        <source>Report signed</source>
        <translation>Đã ký số báo cáo</translation>
    </message>
</context>
<context>
    <name>SignatureSettingsBox</name>
    <message>
        <source>Digital signature</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>the .dll installed with the token&apos;s driver</source>
        <translation>tệp .dll cài cùng trình điều khiển thiết bị ký số</translation>
    </message>
    <message>
        <source>Token library (PKCS#11)</source>
        <translation>Thư viện thiết bị ký số (PKCS#11)</translation>
    </message>
    <message>
        <source>only when several tokens are plugged in</source>
        <translation>chỉ cần khi cắm nhiều thiết bị ký số</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Tên thiết bị ký số</translation>
    </message>
    <message>
        <source>PNG, transparent background (optional)</source>
        <translation>ảnh PNG nền trong suốt (không bắt buộc)</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>Ảnh chữ ký</translation>
    </message>
    <message>
        <source>Token l&amp;ibrary:</source>
        <translation>Thư v&amp;iện thiết bị ký số:</translation>
    </message>
    <message>
        <source>C&amp;hoose the library…</source>
        <translation>Tìm tệp &amp;DLL…</translation>
    </message>
    <message>
        <source>Sign&amp;ature image:</source>
        <translation>Ảnh chữ ký (tệ&amp;p PNG):</translation>
    </message>
    <message>
        <source>Ch&amp;oose the image…</source>
        <translation>Tì&amp;m tệp ảnh…</translation>
    </message>
    <message>
        <source>Token &amp;name:</source>
        <translation>Tên thiết bị ký số (tok&amp;en):</translation>
    </message>
    <message>
        <source>Libraries (*.dll *.so *.dylib);;All files (*)</source>
        <translation>Thư viện (*.dll *.so *.dylib);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>SignersBox</name>
    <message>
        <source>Who prepares and who signs the consolidated report</source>
        <translation>Người lập biểu, người ký báo cáo tổng hợp</translation>
    </message>
    <message>
        <source>Full name of the person who prepares the report</source>
        <translation>Họ và tên người lập biểu</translation>
    </message>
    <message>
        <source>Full name of the person who signs the report</source>
        <translation>Họ và tên người ký báo cáo</translation>
    </message>
    <message>
        <source>Prepared &amp;by:</source>
        <translation>Người lập &amp;biểu:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>&amp;Người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s &amp;title:</source>
        <translation>&amp;Chức vụ người ký:</translation>
    </message>
    <message>
        <source>not given yet</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>SplitterKeys</name>
    <message>
        <source>Line between the two lists</source>
        <translation>Đường chia hai danh sách</translation>
    </message>
    <message>
        <source>Line between the two lists: {arrows} move it, Page Up / Page Down by more, Home / End as far as it goes.</source>
        <translation>Đường chia hai danh sách: {arrows} để kéo, Page Up / Page Down kéo nhiều hơn, Home / End kéo hết cỡ.</translation>
    </message>
</context>
<context>
    <name>SummaryPrinter</name>
    <message>
        <source>Preparing the summary report of {period} for printing…</source>
        <translation>Đang chuẩn bị báo cáo tổng hợp {period} để in…</translation>
    </message>
    <message>
        <source>Print the summary report — {period}</source>
        <translation>In báo cáo tổng hợp — {period}</translation>
    </message>
</context>
<context>
    <name>WindowNotices</name>
    <message>
        <source>Nobody is logged in</source>
        <translation>Chưa ai đăng nhập</translation>
    </message>
    <message>
        <source>Logged in as</source>
        <translation>Đang đăng nhập</translation>
    </message>
    <message>
        <source>⚠ The history of this database was changed outside the program ({count} found): the figures may not be the ones entered and approved here. The command &quot;chitieu audit verify&quot; lists every change.</source>
        <translation>⚠ Nhật ký của cơ sở dữ liệu này đã bị sửa ngoài chương trình ({count} chỗ): số liệu có thể không còn là số đã nhập và đã duyệt ở đây. Lệnh &quot;chitieu audit verify&quot; liệt kê mọi chỗ bị sửa.</translation>
    </message>
    <message>
        <source>A period concerned is not approved, exported or signed until the administrator has checked the changes.</source>
        <translation>Kỳ báo cáo có liên quan không duyệt, xuất báo cáo, ký số được cho đến khi Quản trị viên kiểm tra các thay đổi đó.</translation>
    </message>
    <message>
        <source>Acknowledge the check…</source>
        <translation>Xác nhận đã kiểm tra…</translation>
    </message>
    <message>
        <source>The database was changed outside the program (for example with another tool), after the changes recorded in its history:</source>
        <translation>Cơ sở dữ liệu đã bị sửa ngoài chương trình (ví dụ bằng một công cụ khác), khác với những thay đổi ghi trong nhật ký:</translation>
    </message>
    <message>
        <source>…and {count} more.</source>
        <translation>…và {count} chỗ khác.</translation>
    </message>
    <message>
        <source>The command &quot;chitieu audit verify&quot; lists them all. Ask the administrator to find out who changed the file; a backup taken before the change can be restored.</source>
        <translation>Lệnh &quot;chitieu audit verify&quot; liệt kê tất cả. Hãy báo Quản trị để tìm ai đã sửa tệp; có thể khôi phục một bản sao lưu tạo trước khi tệp bị sửa.</translation>
    </message>
    <message>
        <source>History changed outside the program</source>
        <translation>Nhật ký bị sửa ngoài chương trình</translation>
    </message>
    <message>
        <source>Acknowledge changes made outside the program</source>
        <translation>Xác nhận đã kiểm tra thay đổi ngoài chương trình</translation>
    </message>
    <message>
        <source>The history of this database is intact: nothing was changed outside the program.</source>
        <translation>Lịch sử số liệu của cơ sở dữ liệu này nguyên vẹn: không có gì bị sửa ngoài chương trình.</translation>
    </message>
    <message>
        <source>Confirming also voids the approval of {periods}: the period&apos;s approval, state, history, figures or report text are among these changes. The period goes back to Complete and a leader must approve it again; until then only a draft can be exported.</source>
        <translation>Xác nhận cũng hủy bản duyệt kỳ {periods}: bản duyệt, trạng thái, lịch sử trạng thái, số liệu hoặc nội dung báo cáo của kỳ nằm trong các thay đổi này. Kỳ trở lại trạng thái Hoàn thành và Lãnh đạo phải duyệt lại; đến khi đó chỉ xuất được bản DỰ THẢO.</translation>
    </message>
    <message numerus="yes">
        <source>The history finds %n change(s) made outside the program:</source>
        <translation>
            <numerusform>Lịch sử số liệu tìm thấy %n thay đổi ngoài chương trình:</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm only after checking these figures against the unit&apos;s records and entering the right ones again where needed. The confirmation is recorded in the change log under your name; after it, these changes no longer stop approving, exporting and signing. A change made outside the program later is reported again.</source>
        <translation>Chỉ xác nhận sau khi đã đối chiếu các số liệu này với sổ sách của đơn vị và nhập lại đúng số qua chương trình nếu cần. Việc xác nhận được ghi vào nhật ký thay đổi dưới tên của bạn; sau đó các thay đổi này không còn chặn duyệt, xuất báo cáo và ký số. Thay đổi ngoài chương trình xảy ra sau này vẫn bị báo lại.</translation>
    </message>
    <message>
        <source>Confirm: checked</source>
        <translation>Xác nhận đã kiểm tra</translation>
    </message>
    <message numerus="yes">
        <source>Recorded: %n change(s) made outside the program checked.</source>
        <translation>
            <numerusform>Đã ghi nhận: đã kiểm tra %n thay đổi ngoài chương trình.</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Automatic backup failed</source>
        <translation>⚠ Sao lưu tự động không thực hiện được</translation>
    </message>
    <message>
        <source>Automatic backup failed</source>
        <translation>Sao lưu tự động không thực hiện được</translation>
    </message>
    <message>
        <source>You can go on working; copy the data with File › Back up to… (for example to a USB stick) until the problem is solved.</source>
        <translation>Vẫn làm việc tiếp được; hãy sao lưu bằng Tệp › Sao lưu ra… (ví dụ ra USB) cho đến khi khắc phục được.</translation>
    </message>
    <message>
        <source>Backup outside this computer</source>
        <translation>Sao lưu ra ngoài máy</translation>
    </message>
    <message>
        <source>Indicator catalogue updated to version {version}.</source>
        <translation>Đã cập nhật bộ chỉ tiêu lên phiên bản {version}.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock</source>
        <translation>Đồng hồ máy tính</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Could not log in</source>
        <translation>Không đăng nhập được</translation>
    </message>
    <message>
        <source>Could not check the history</source>
        <translation>Không kiểm tra được nhật ký</translation>
    </message>
    <message>
        <source>Could not read the clock</source>
        <translation>Không đọc được đồng hồ</translation>
    </message>
    <message>
        <source>The program is already open with this data folder:</source>
        <translation>Chương trình đang mở với thư mục dữ liệu này:</translation>
    </message>
    <message>
        <source>Logged in there: {name} ({user}, {role}) since {since}.</source>
        <translation>Đang đăng nhập ở đó: {name} ({user}, {role}) từ {since}.</translation>
    </message>
    <message>
        <source>Its screen is locked.</source>
        <translation>Màn hình ở đó đang khóa.</translation>
    </message>
    <message>
        <source>Nobody is logged in there yet: its login window is open.</source>
        <translation>Ở đó chưa ai đăng nhập: hộp đăng nhập đang mở.</translation>
    </message>
    <message>
        <source>Use the window that is open (look for it in the taskbar). One window at a time works on a data folder.</source>
        <translation>Hãy dùng cửa sổ đang mở (tìm trên thanh tác vụ). Mỗi thư mục dữ liệu chỉ mở một cửa sổ một lúc.</translation>
    </message>
</context>
<context>
    <name>backup_actions</name>
    <message>
        <source>Database (*.db)</source>
        <translation>Cơ sở dữ liệu (*.db)</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Không khôi phục được</translation>
    </message>
    <message>
        <source>The data folder cannot be written</source>
        <translation>Không ghi được vào thư mục dữ liệu</translation>
    </message>
    <message>
        <source>The database is of a newer version</source>
        <translation>Cơ sở dữ liệu của phiên bản mới hơn</translation>
    </message>
    <message>
        <source>The program will close; nothing was changed.</source>
        <translation>Chương trình sẽ đóng; không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>Not a backup</source>
        <translation>Không phải bản sao lưu</translation>
    </message>
    <message>
        <source>Restore this backup all the same?</source>
        <translation>Vẫn khôi phục bản sao lưu này?</translation>
    </message>
    <message>
        <source>Restore all the same</source>
        <translation>Vẫn khôi phục</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>automatic, when the program started</source>
        <translation>tự động, khi mở chương trình</translation>
    </message>
    <message>
        <source>automatic, when the program closed</source>
        <translation>tự động, khi đóng chương trình</translation>
    </message>
    <message>
        <source>automatic, daily</source>
        <translation>tự động, hằng ngày</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>copied by hand</source>
        <translation>sao lưu thủ công</translation>
    </message>
    <message>
        <source>taken before a restore</source>
        <translation>tạo trước khi khôi phục</translation>
    </message>
    <message>
        <source>taken after a restore</source>
        <translation>tạo sau khi khôi phục</translation>
    </message>
    <message>
        <source>Back up to a folder (for example a USB stick)</source>
        <translation>Sao lưu ra thư mục (ví dụ USB)</translation>
    </message>
    <message>
        <source>Could not back up</source>
        <translation>Không sao lưu được</translation>
    </message>
    <message>
        <source>Copied and checked, but still on this computer:
{path}</source>
        <translation>Đã sao lưu và kiểm tra, nhưng bản sao vẫn nằm trên máy này:
{path}</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Backed up and checked the file:
{path}</source>
        <translation>Đã sao lưu và kiểm tra tệp:
{path}</translation>
    </message>
    <message>
        <source>Restored from the backup. The data as they were before are kept in the copy {name}, in the folder
{folder}

The program now opens again on the restored data: log in to go on.</source>
        <translation>Đã khôi phục từ bản sao lưu. Số liệu trước khi khôi phục được giữ trong bản sao {name}, trong thư mục
{folder}

Chương trình mở lại trên số liệu đã khôi phục: đăng nhập để làm việc tiếp.</translation>
    </message>
    <message>
        <source>As the question before the restore said:</source>
        <translation>Như câu hỏi trước khi khôi phục đã báo:</translation>
    </message>
    <message>
        <source>The backup restored is the one taken at {time} ({name}): what was entered after that time must be entered again.</source>
        <translation>Bản sao lưu đã khôi phục là bản lúc {time} ({name}): số liệu nhập sau thời điểm đó phải nhập lại.</translation>
    </message>
    <message>
        <source>The backup restored is {name}.</source>
        <translation>Bản sao lưu đã khôi phục: {name}.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>The copy holds this computer&apos;s signing key: whoever has the file can sign the unit&apos;s reports. Keep it as the unit&apos;s seal is kept; do not send it by e-mail.</source>
        <translation>Bản sao chứa khóa ký của máy này: ai có tệp này đều ký được báo cáo mang tên đơn vị. Hãy cất giữ như con dấu của đơn vị, không gửi qua thư điện tử.</translation>
    </message>
    <message>
        <source>Replace all the present data with the backup taken on {time}?
{path}

The present data are backed up first and can be brought back later.</source>
        <translation>Thay toàn bộ số liệu hiện tại bằng bản sao lưu lúc {time}?
{path}

Số liệu hiện tại được sao lưu trước, có thể lấy lại sau.</translation>
    </message>
    <message>
        <source>Replace all the present data with the backup
{path}?

The present data are backed up first and can be brought back later.</source>
        <translation>Thay toàn bộ số liệu hiện tại bằng bản sao lưu
{path}?

Số liệu hiện tại được sao lưu trước, có thể lấy lại sau.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
</context>
<context>
    <name>clock_ahead_question</name>
    <message>
        <source>Could not reopen</source>
        <translation>Không mở lại được</translation>
    </message>
    <message>
        <source>The latest approval of {period} is recorded at {approved}, later than the computer&apos;s clock now ({now}), so it cannot be reopened by a leader until {approved}.

Did the computer&apos;s clock run fast when it was approved, and is it right now? If so, confirm: the period is reopened, both times are kept in its history and in the change log, and its next approval is judged by the clock as it is now. If the clock is wrong now, answer No and set the computer&apos;s date and time.</source>
        <translation>Lần duyệt gần nhất báo cáo {period} được ghi lúc {approved}, muộn hơn giờ đồng hồ máy tính đang chỉ ({now}), nên lãnh đạo chưa mở lại được trước {approved}.

Lúc duyệt, đồng hồ máy tính chạy nhanh và bây giờ đã đúng? Nếu vậy, hãy xác nhận: kỳ được mở lại, cả hai thời điểm được ghi vào lịch sử của kỳ và nhật ký thay đổi, lần duyệt sau tính theo đồng hồ như bây giờ. Nếu đồng hồ bây giờ sai, chọn Không rồi chỉnh lại ngày giờ của máy.</translation>
    </message>
    <message>
        <source>Confirm that the clock ran fast at {approved} and reopen?</source>
        <translation>Xác nhận đồng hồ máy tính đã chạy nhanh lúc {approved} và mở lại kỳ?</translation>
    </message>
    <message>
        <source>Reopen: the clock ran fast</source>
        <translation>Mở lại: đồng hồ đã chạy nhanh</translation>
    </message>
</context>
<context>
    <name>common</name>
    <message>
        <source>Commune and ward indicators</source>
        <translation>Chỉ tiêu xã, phường</translation>
    </message>
    <message>
        <source>Own target {year}</source>
        <translation>Tự đặt {year}</translation>
    </message>
    <message>
        <source>Own target</source>
        <translation>Xã tự đặt</translation>
    </message>
    <message>
        <source>Could not do it</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>The program met an unexpected error. Data saved before it are not lost.

Take a screenshot of this window or copy the &quot;Details&quot; part and send it to support.</source>
        <translation>Chương trình gặp lỗi không mong muốn. Số liệu đã lưu trước đó không bị mất.

Hãy chụp màn hình này hoặc sao chép phần &quot;Chi tiết&quot; và gửi cho bộ phận hỗ trợ.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Exceeded</source>
        <translation>Vượt</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Not entered</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <source>No target assigned</source>
        <translation>Chưa giao chỉ tiêu</translation>
    </message>
    <message>
        <source>Data incomplete</source>
        <translation>Chưa đủ số liệu</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Chưa đến kỳ đánh giá</translation>
    </message>
    <message>
        <source>Entering</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Đã xuất</translation>
    </message>
    <message>
        <source>Data-entry officer</source>
        <translation>Cán bộ nhập liệu</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Kinh tế</translation>
    </message>
    <message>
        <source>Culture and society</source>
        <translation>Văn hóa - Xã hội</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Môi trường</translation>
    </message>
    <message>
        <source>Party building</source>
        <translation>Xây dựng Đảng</translation>
    </message>
    <message>
        <source>Additional indicators</source>
        <translation>Chỉ tiêu bổ sung</translation>
    </message>
    <message>
        <source>Additional indicators assigned by the province</source>
        <translation>Chỉ tiêu tỉnh giao bổ sung</translation>
    </message>
    <message>
        <source>Results achieved</source>
        <translation>Kết quả đạt được</translation>
    </message>
    <message>
        <source>Shortcomings and causes</source>
        <translation>Hạn chế, nguyên nhân</translation>
    </message>
    <message>
        <source>Directions and tasks for the next period</source>
        <translation>Phương hướng, nhiệm vụ kỳ tới</translation>
    </message>
    <message>
        <source>Chair of the People&apos;s Committee</source>
        <translation>Chủ tịch UBND</translation>
    </message>
    <message>
        <source>Vice-chair of the People&apos;s Committee</source>
        <translation>Phó Chủ tịch UBND</translation>
    </message>
    <message>
        <source>Yes/No</source>
        <translation>Có/Không</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Quarter I {year}</source>
        <translation>Quý I năm {year}</translation>
    </message>
    <message>
        <source>First 6 months of {year}</source>
        <translation>6 tháng đầu năm {year}</translation>
    </message>
    <message>
        <source>9 months of {year}</source>
        <translation>9 tháng năm {year}</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Năm {year}</translation>
    </message>
    <message>
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>Fall {target}% on the same period last year</source>
        <translation>Giảm {target}% so với cùng kỳ</translation>
    </message>
    <message>
        <source>Own target {year}: {target}</source>
        <translation>Tự đặt {year}: {target}</translation>
    </message>
    <message>
        <source>Against the own target: {verdict}</source>
        <translation>Theo chỉ tiêu tự đặt: {verdict}</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>chưa có kết quả</translation>
    </message>
    <message>
        <source>Poverty rate up {figure} {unit} since the start of the term</source>
        <translation>Tỷ lệ hộ nghèo tăng {figure} {unit} so với đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>Poverty rate not reduced since the start of the term</source>
        <translation>Tỷ lệ hộ nghèo chưa giảm so với đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>term ({n}): {counts}</source>
        <translation>nhiệm kỳ ({n}): {counts}</translation>
    </message>
    <message>
        <source>year {year} ({n}): {counts}</source>
        <translation>năm {year} ({n}): {counts}</translation>
    </message>
    <message>
        <source>Assigned {total} — {parts}</source>
        <translation>Tỉnh giao {total} — {parts}</translation>
    </message>
    <message>
        <source> (exported again at {time})</source>
        <translation> (xuất lại lúc {time})</translation>
    </message>
    <message>
        <source>This period is exported: its file for the province was exported at {time}. The program does not send it: e-mail the file to the province ({send}) if not sent yet. View only, it cannot be changed. To change it, a leader must reopen the period ({menu}).</source>
        <translation>Kỳ này đã xuất: tệp gửi tỉnh đã được xuất lúc {time}. Chương trình không tự gửi: gửi tệp cho tỉnh qua thư điện tử ({send}) nếu chưa gửi. Chỉ xem, không sửa được. Muốn sửa, Lãnh đạo phải mở lại kỳ báo cáo ({menu}).</translation>
    </message>
    <message>
        <source>So far above the target level ({percent}%)</source>
        <translation>Đến nay đã vượt mức chỉ tiêu ({percent}%)</translation>
    </message>
    <message>
        <source>So far above the target level</source>
        <translation>Đến nay đã vượt mức chỉ tiêu</translation>
    </message>
    <message>
        <source>So far at the target level ({percent}%)</source>
        <translation>Đến nay đã đạt mức chỉ tiêu ({percent}%)</translation>
    </message>
    <message>
        <source>So far at the target level</source>
        <translation>Đến nay đã đạt mức chỉ tiêu</translation>
    </message>
    <message>
        <source>{percent}% of target</source>
        <translation>{percent}% chỉ tiêu</translation>
    </message>
    <message>
        <source>Unchanged on the same period</source>
        <translation>Không đổi so với cùng kỳ</translation>
    </message>
    <message>
        <source>Up {count} {unit} on the same period (same period: 0)</source>
        <translation>Tăng {count} {unit} so với cùng kỳ (cùng kỳ: 0)</translation>
    </message>
    <message>
        <source>Down {percent}% on the same period</source>
        <translation>Giảm {percent}% so với cùng kỳ</translation>
    </message>
    <message>
        <source>Up {percent}% on the same period</source>
        <translation>Tăng {percent}% so với cùng kỳ</translation>
    </message>
    <message>
        <source>Down less than {percent}% on the same period</source>
        <translation>Giảm dưới {percent}% so với cùng kỳ</translation>
    </message>
    <message>
        <source>Up less than {percent}% on the same period</source>
        <translation>Tăng dưới {percent}% so với cùng kỳ</translation>
    </message>
    <message>
        <source>Total so far {value}</source>
        <translation>Lũy kế {value}</translation>
    </message>
    <message>
        <source>Assigned {total}: {counts}</source>
        <translation>Tỉnh giao {total}: {counts}</translation>
    </message>
    <message>
        <source>Own targets: {counts}</source>
        <translation>Tự đặt: {counts}</translation>
    </message>
    <message>
        <source>Result for {entered}/{required} indicators due this period, {waiting} waiting for the start-of-term figure</source>
        <translation>Có kết quả {entered}/{required} chỉ tiêu cần nhập kỳ này, {waiting} chờ số liệu đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>Result for {entered}/{required} assigned indicators, {waiting} waiting for the start-of-term figure</source>
        <translation>Có kết quả {entered}/{required} chỉ tiêu giao, {waiting} chờ số liệu đầu nhiệm kỳ</translation>
    </message>
    <message>
        <source>Entered {entered}/{required} indicators due this period</source>
        <translation>Đã nhập {entered}/{required} chỉ tiêu cần nhập kỳ này</translation>
    </message>
    <message>
        <source>Entered {entered}/{required} assigned indicators</source>
        <translation>Đã nhập {entered}/{required} chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Authentication code {code}: a fingerprint of the figures, computed from them. It is printed on the paper report and written in the file for the province, so the province can see that the file holds the figures of the signed paper: any changed figure gives another code.</source>
        <translation>Mã xác thực {code}: dấu vân tay của số liệu, tính từ chính các số liệu. Mã được in trên báo cáo giấy và ghi trong tệp gửi tỉnh, để tỉnh thấy tệp mang đúng số liệu của bản giấy đã ký: đổi một số liệu bất kỳ là ra mã khác.</translation>
    </message>
    <message>
        <source>Key code {key}: this computer&apos;s signing key, printed on the report too; the province checks that the file is signed with the key of this code.</source>
        <translation>Mã khóa {key}: khóa ký của máy này, cũng in trên báo cáo; tỉnh kiểm tra tệp được ký bằng đúng khóa có mã này.</translation>
    </message>
    <message>
        <source>Reopened by {name} at {time}: “{reason}”. The corrected figures are marked complete and wait for a leader&apos;s approval again ({menu}).</source>
        <translation>{name} đã mở lại kỳ này lúc {time}: “{reason}”. Số liệu đã sửa được đánh dấu Hoàn thành, chờ lãnh đạo duyệt lại ({menu}).</translation>
    </message>
    <message>
        <source>Reopened by {name} at {time}: “{reason}”. The corrected figures are marked complete and wait for a leader to approve them again.</source>
        <translation>{name} đã mở lại kỳ này lúc {time}: “{reason}”. Số liệu đã sửa được đánh dấu Hoàn thành, chờ lãnh đạo duyệt lại.</translation>
    </message>
    <message>
        <source>Reopened by {name} at {time}: “{reason}”. Correct the figures, then mark the period complete for a leader to approve it again.</source>
        <translation>{name} đã mở lại kỳ này lúc {time}: “{reason}”. Sửa số liệu, rồi đánh dấu Hoàn thành để lãnh đạo duyệt lại.</translation>
    </message>
</context>
<context>
    <name>login_dialog</name>
    <message>
        <source>Not logged in: the password you typed is temporary. Log in again and choose a password of your own.</source>
        <translation>Chưa đăng nhập: mật khẩu bạn gõ là mật khẩu tạm. Đăng nhập lại và đặt mật khẩu của mình.</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Nhập mật khẩu.</translation>
    </message>
</context>
<context>
    <name>restore_undid_box</name>
    <message>
        <source>Could not read what a restore undid</source>
        <translation>Không đọc được những gì việc khôi phục đã hủy</translation>
    </message>
    <message>
        <source>A restore of the data undid some of your work:</source>
        <translation>Việc khôi phục dữ liệu đã hủy một phần công việc của bạn:</translation>
    </message>
    <message>
        <source>Your work undone by a restore</source>
        <translation>Công việc của bạn bị hủy do khôi phục dữ liệu</translation>
    </message>
    <message>
        <source>Could not record that you were told</source>
        <translation>Không ghi nhận được là bạn đã được báo</translation>
    </message>
</context>
<context>
    <name>restore_undid_note</name>
    <message>
        <source>Approve it in {menu} ({keys}).</source>
        <translation>Duyệt lại trong {menu} ({keys}).</translation>
    </message>
</context>
<context>
    <name>workflow_actions</name>
    <message>
        <source>Could not mark it complete</source>
        <translation>Chưa hoàn thành được</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>{period} is marked Complete. A leader can approve it.</source>
        <translation>Kỳ {period} đã đánh dấu Hoàn thành. Lãnh đạo có thể duyệt.</translation>
    </message>
    <message>
        <source>{period} is Complete and waits for a leader&apos;s approval. Saving this change takes it back to Entering, and it must be marked complete again. Save anyway?</source>
        <translation>Kỳ {period} đang Hoàn thành, chờ Lãnh đạo duyệt. Lưu thay đổi này sẽ đưa kỳ về Đang nhập và phải đánh dấu hoàn thành lại. Vẫn lưu?</translation>
    </message>
    <message>
        <source>Approve the period</source>
        <translation>Duyệt kỳ báo cáo</translation>
    </message>
    <message>
        <source>Approve the results of {period}?

Once approved, the figures, comments, report text and the targets used are locked; exported reports no longer carry the DRAFT mark. To change anything the period must be reopened, with a reason.</source>
        <translation>Duyệt kết quả {period}?

Sau khi duyệt, số liệu, ghi chú, nội dung báo cáo và chỉ tiêu đã dùng bị khóa; báo cáo xuất ra không còn dấu DỰ THẢO. Muốn sửa phải mở lại kỳ và nêu lý do.</translation>
    </message>
    <message>
        <source>Could not approve</source>
        <translation>Chưa duyệt được</translation>
    </message>
    <message>
        <source>To approve: the leader logs in through {switch}, then chooses {approve}.</source>
        <translation>Để duyệt: lãnh đạo đăng nhập ở {switch}, rồi chọn {approve}.</translation>
    </message>
    <message>
        <source>Period marked complete</source>
        <translation>Kỳ đã đánh dấu Hoàn thành</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) marked Complete wait for a leader&apos;s approval and go back to Entering if this is saved:</source>
        <translation>
            <numerusform>%n kỳ đã đánh dấu Hoàn thành đang chờ Lãnh đạo duyệt sẽ trở lại Đang nhập nếu lưu:</numerusform>
        </translation>
    </message>
    <message>
        <source>Each must then be marked complete again. Save anyway?</source>
        <translation>Sau đó phải đánh dấu Hoàn thành lại từng kỳ. Vẫn lưu?</translation>
    </message>
    <message>
        <source>• {field} {value}, from {period} ({indicator})</source>
        <translation>• {field} {value}, lấy từ {period} ({indicator})</translation>
    </message>
    <message>
        <source>Accept the proposed figures</source>
        <translation>Nhận các số đề xuất</translation>
    </message>
    <message>
        <source>{count} denominators are shown grey: they are proposed from an earlier period and do not count until accepted:</source>
        <translation>{count} mẫu số đang hiện màu xám: đó là số đề xuất lấy từ kỳ trước, chưa được tính cho đến khi nhận:</translation>
    </message>
    <message>
        <source>Accept them as the figures of this period? (No: nothing is accepted; Enter on a grey cell accepts it alone.)</source>
        <translation>Nhận các số đó làm số liệu của kỳ này? (Không: không nhận số nào; nhấn Enter ở một ô màu xám để nhận riêng ô đó.)</translation>
    </message>
    <message>
        <source>Could not accept the proposed figures</source>
        <translation>Không nhận được các số đề xuất</translation>
    </message>
    <message>
        <source>The results of {period} are already approved ({state}). To change them, reopen the period (Period › Reopen the period…), with a reason.</source>
        <translation>Kết quả {period} đã được duyệt ({state}). Muốn sửa, mở lại kỳ báo cáo (Kỳ báo cáo › Mở lại kỳ báo cáo…) và nêu lý do.</translation>
    </message>
    <message>
        <source>The results of {period} cannot be approved yet: the period is in the state {state}. The officer finishes entering and marks it Complete (Period › Mark as complete); then a leader approves it.</source>
        <translation>Chưa duyệt được kết quả {period}: kỳ báo cáo đang ở trạng thái {state}. Cán bộ nhập liệu nhập xong và đánh dấu Hoàn thành (Kỳ báo cáo › Đánh dấu hoàn thành), sau đó Lãnh đạo mới duyệt.</translation>
    </message>
    <message>
        <source>The figures of {period} were just changed in another window or command: the window shows them now. Review them, then approve.</source>
        <translation>Số liệu {period} vừa được thay đổi ở cửa sổ hoặc lệnh khác: cửa sổ đã hiện số liệu mới. Xem lại rồi duyệt.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Đã duyệt</translation>
    </message>
    <message>
        <source>{period} is approved.
Authentication code: {code}</source>
        <translation>Đã duyệt {period}.
Mã xác thực: {code}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Bước tiếp theo</translation>
    </message>
    <message>
        <source>{period} is open again for entering. If the approved file exported for the province was sent, the province keeps that version until a new approved file is sent.</source>
        <translation>Kỳ {period} đã được mở lại để nhập. Nếu tệp đã duyệt xuất gửi tỉnh đã được gửi đi, tỉnh vẫn giữ bản đó cho đến khi gửi tệp đã duyệt mới.</translation>
    </message>
    <message>
        <source>{period} is marked Exported: the approved report&apos;s file for the province was exported at {time}, so the province may hold that approved version (if the file was sent). Once reopened and corrected, the period must be approved again and the corrected file sent to the province again.</source>
        <translation>Kỳ {period} ở trạng thái Đã xuất: tệp báo cáo đã duyệt gửi tỉnh được xuất lúc {time}, nên tỉnh có thể đang giữ bản đã duyệt đó (nếu tệp đã được gửi đi). Mở lại và sửa xong thì phải duyệt lại và gửi lại tỉnh tệp đã sửa.</translation>
    </message>
    <message>
        <source>{when}: print the report with {print} and have it signed and stamped, then send both files to the province with {send}. To sign the report digitally instead, use {sign} before sending.</source>
        <translation>{when}: in báo cáo bằng {print}, trình ký và đóng dấu, rồi gửi cả hai tệp cho tỉnh bằng {send}. Nếu ký số thay cho bản giấy, dùng {sign} trước khi gửi.</translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message>
        <source>Mark {period} as complete?</source>
        <translation>Đánh dấu hoàn thành {period}?</translation>
    </message>
    <message>
        <source>“In progress”: a yearly target is judged in the year&apos;s report, a whole-term target in the {last} year report.</source>
        <translation>“Đang thực hiện”: chỉ tiêu năm được đánh giá ở kỳ báo cáo năm, chỉ tiêu cả nhiệm kỳ ở kỳ báo cáo năm {last}.</translation>
    </message>
    <message>
        <source>The figures of {period} run to {end}. {dated} A figure that changes before then means reopening the period.</source>
        <translation>Số liệu {period} tính đến ngày {end}. {dated} Nếu có số liệu thay đổi trước ngày đó, phải mở lại kỳ báo cáo.</translation>
    </message>
    <message>
        <source>The report is dated {end} or later (the day the period&apos;s figures are whole): it can be printed and exported before then, with that date.</source>
        <translation>Báo cáo ghi ngày từ {end} trở đi (ngày số liệu đủ kỳ): có thể in và xuất trước ngày đó, ghi ngày đó.</translation>
    </message>
    <message>
        <source>First, back up to a USB stick with {backup}: until then this approval is on this computer alone, and a dead disk or a stolen laptop loses it with the automatic backups kept beside the data.</source>
        <translation>Trước hết, sao lưu ra USB bằng {backup}: đến lúc đó bản duyệt này chỉ có trên máy này; hỏng ổ đĩa hay mất máy là mất cả nó lẫn các bản sao lưu tự động để cạnh dữ liệu.</translation>
    </message>
    <message>
        <source>No figure differs from the last approval ({day}).</source>
        <translation>Không có số liệu nào khác lần duyệt trước (ngày {day}).</translation>
    </message>
    <message>
        <source>Changed since the last approval ({day}):</source>
        <translation>Khác với lần duyệt trước (ngày {day}):</translation>
    </message>
    <message numerus="yes">
        <source>… and %n other indicator(s)</source>
        <translation>
            <numerusform>… và %n chỉ tiêu khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Page 1, the ward&apos;s own targets for {year} ({total}): {counts}</source>
        <translation>Trang 1, theo {total} chỉ tiêu phường tự đặt năm {year}: {counts}</translation>
    </message>
    <message>
        <source>Page 1, the commune&apos;s own targets for {year} ({total}): {counts}</source>
        <translation>Trang 1, theo {total} chỉ tiêu xã tự đặt năm {year}: {counts}</translation>
    </message>
    <message>
        <source>Page 1, assigned indicators summed up ({total}): {counts}</source>
        <translation>Trang 1, tổng hợp {total} chỉ tiêu tỉnh giao: {counts}</translation>
    </message>
    <message>
        <source>Annex, part II. {group} (not summed up on page 1): {counts}</source>
        <translation>Phụ lục, mục II. {group} (trang 1 không tổng hợp): {counts}</translation>
    </message>
    <message>
        <source>whole term {term} ({n})</source>
        <translation>{n} chỉ tiêu nhiệm kỳ {term}</translation>
    </message>
    <message>
        <source>year {year} ({n})</source>
        <translation>{n} chỉ tiêu năm {year}</translation>
    </message>
    <message>
        <source>indicator no. {numbers}</source>
        <translation>chỉ tiêu số {numbers}</translation>
    </message>
    <message>
        <source>indicators nos. {numbers}</source>
        <translation>các chỉ tiêu số {numbers}</translation>
    </message>
    <message>
        <source>result {before} → {after}</source>
        <translation>kết quả {before}&#xa0;→&#xa0;{after}</translation>
    </message>
    <message>
        <source>province&apos;s target {before} → {after}</source>
        <translation>chỉ tiêu tỉnh giao {before}&#xa0;→&#xa0;{after}</translation>
    </message>
    <message>
        <source>own target {before} → {after}</source>
        <translation>chỉ tiêu xã tự đặt {before}&#xa0;→&#xa0;{after}</translation>
    </message>
    <message>
        <source>comment changed</source>
        <translation>đã sửa ghi chú</translation>
    </message>
    <message>
        <source>removed from Remarks: “{note}”</source>
        <translation>bỏ khỏi Ghi chú “{note}”</translation>
    </message>
    <message>
        <source>added to Remarks: “{note}”</source>
        <translation>thêm vào Ghi chú “{note}”</translation>
    </message>
    <message>
        <source>compared with the target {before} → {after}</source>
        <translation>so với chỉ tiêu {before}&#xa0;→&#xa0;{after}</translation>
    </message>
    <message>
        <source>Correct the figures, mark the period Complete, approve it again, then export and send the new file.</source>
        <translation>Sửa số liệu, đánh dấu Hoàn thành, duyệt lại, rồi xuất và gửi tệp mới cho tỉnh.</translation>
    </message>
    <message>
        <source>{period} is open again for entering; the approved version is kept in the history.</source>
        <translation>Kỳ {period} đã được mở lại để nhập; bản đã duyệt được giữ trong lịch sử.</translation>
    </message>
    <message>
        <source>Correct the figures, mark the period Complete and approve it again.</source>
        <translation>Sửa số liệu, đánh dấu Hoàn thành rồi duyệt lại.</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Đã mở lại</translation>
    </message>
    <message>
        <source>&amp;Why reopen {period} (required; the approved version is kept in the history):</source>
        <translation>&amp;Lý do mở lại {period} (bắt buộc; bản đã duyệt được giữ trong lịch sử):</translation>
    </message>
    <message>
        <source>Reopen the period</source>
        <translation>Mở lại kỳ báo cáo</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>Could not reopen</source>
        <translation>Chưa mở lại được</translation>
    </message>
    <message>
        <source>I &amp;accept that the period is judged against catalogue {version}, as listed above</source>
        <translation>&amp;Tôi đồng ý kỳ được đánh giá theo bộ chỉ tiêu {version} như trên</translation>
    </message>
    <message>
        <source>Tick the box under the reason first: once reopened, the period is judged against catalogue {version}, as listed above.</source>
        <translation>Hãy đánh dấu ô dưới lý do trước: mở lại, kỳ được đánh giá theo bộ chỉ tiêu {version} như trên.</translation>
    </message>
</context>
</TS>
